import type { UID } from '@strapi/strapi';

/**
 * What other features show beside a document's review state in the admin (its social posts,
 * its spoken audio): each feature adds a panel, so review does not read their tables.
 */
export interface DocumentPanel {
  /** the key of the review state's answer that holds it */
  key: string;
  read(uid: UID.ContentType, documentId: string): Promise<unknown>;
}

const documentPanels = () => {
  const panels: DocumentPanel[] = [];
  return {
    add(list: DocumentPanel[]) {
      panels.push(...list);
    },

    async read(uid: UID.ContentType, documentId: string) {
      const values = await Promise.all(panels.map((panel) => panel.read(uid, documentId)));
      return Object.fromEntries(panels.map((panel, i) => [panel.key, values[i]]));
    },
  };
};

export default documentPanels;
