import type { AnySubscriber, LifecycleEvent, LifecycleEvents } from './events';

/**
 * The lifecycle events between features: each subscriber runs in turn, awaited, inside the
 * transaction of the change that emits, so a failing subscriber rolls the change back with it.
 */
const lifecycleEmitter = () => {
  const subscribers: AnySubscriber[] = [];

  return {
    subscribe(list: AnySubscriber[]) {
      subscribers.push(...list);
    },

    /** Who reacts to `event`, in order. */
    subscribersOf(event: LifecycleEvent) {
      return subscribers.filter((s) => s.event === event).map((s) => s.name);
    },

    async emit<E extends LifecycleEvent>(event: E, payload: LifecycleEvents[E]) {
      for (const s of subscribers) {
        if (s.event === event) {
          await s.handle(payload);
        }
      }
    },
  };
};

export default lifecycleEmitter;
export type LifecycleEmitter = ReturnType<typeof lifecycleEmitter>;
