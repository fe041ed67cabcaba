import { useCallback, useEffect, useState } from 'react';
import { useFetchClient } from '@strapi/strapi/admin';

export type Stage = 'draft' | 'submitted' | 'approved' | 'returned';
export type ReviewAction = 'submit' | 'withdraw' | 'approve' | 'return';

export interface Transition {
  at: string;
  from: Stage | null;
  to: Stage;
  comment: string | null;
  actor: { type: string; id: string | null; label: string | null };
}

export interface Job {
  id: number;
  kind: 'publish' | 'unpublish';
  status: 'pending' | 'waiting' | 'running' | 'done' | 'failed' | 'cancelled';
  dueAt: string;
  attempts: number;
  lastError: string | null;
}

export interface SocialPost {
  documentId: string;
  channelName: string;
  status: 'pending' | 'leased' | 'posted' | 'failed' | 'cancelled';
  externalId: string | null;
  lastError: string | null;
  postedAt: string | null;
}

export interface SpeechJob {
  id: number;
  status: 'pending' | 'running' | 'done' | 'failed';
  provider: string | null;
  attempts: number;
  lastError: string | null;
  durationSeconds: number | string | null;
}

export interface ReviewState {
  stage: Stage;
  stageAt: string | null;
  published: boolean;
  publishAt: string | null;
  unpublishAt: string | null;
  allowed: ReviewAction[];
  history: Transition[];
  jobs: Job[];
  socialPosts: SocialPost[];
  speechJobs: SpeechJob[];
}

export interface QueueItem {
  contentType: string;
  typeLabel: string;
  documentId: string;
  title: string;
  unit: { documentId: string; name: string } | null;
  submittedAt: string | null;
  submittedBy: string | null;
  publishAt: string | null;
  canDecide: boolean;
}

export interface Queue {
  results: QueueItem[];
  pagination: { page: number; pageSize: number; total: number; pageCount: number };
}

export interface ReviewConfig {
  types: string[];
  timeZone: string;
}

export const STAGE_COLORS: Record<Stage, 'neutral' | 'secondary' | 'success' | 'danger'> = {
  draft: 'neutral',
  submitted: 'secondary',
  approved: 'success',
  returned: 'danger',
};

let configRequest: Promise<ReviewConfig> | null = null;

/** The reviewed types and time zone, read once per page load. */
export const useReviewConfig = () => {
  const { get } = useFetchClient();
  const [config, setConfig] = useState<ReviewConfig | null>(null);
  useEffect(() => {
    configRequest ??= get<ReviewConfig>('/cchc/review/config').then((res) => res.data);
    let live = true;
    configRequest.then((value) => live && setConfig(value)).catch(() => (configRequest = null));
    return () => {
      live = false;
    };
  }, [get]);
  return config;
};

/** A GET that re-runs when its URL changes or when `reload` is called. */
export const useAdminGet = <T>(url: string | null) => {
  const { get } = useFetchClient();
  const [data, setData] = useState<T | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [version, setVersion] = useState(0);
  useEffect(() => {
    if (!url) {
      return;
    }
    let live = true;
    get<T>(url)
      .then((res) => live && (setData(res.data), setError(null)))
      .catch((e: unknown) => live && setError(errorMessage(e)));
    return () => {
      live = false;
    };
  }, [get, url, version]);
  const reload = useCallback(() => setVersion((v) => v + 1), []);
  return { data, error, reload };
};

/** The server's message for a failed admin request. */
export const errorMessage = (error: unknown): string => {
  const response = (error as { response?: { data?: { error?: { message?: string } } } }).response;
  return response?.data?.error?.message ?? (error instanceof Error ? error.message : String(error));
};

/** A time as people in the configured zone read it: 08:00 26/11/2026. */
export const formatTime = (value: string | null, timeZone: string, locale: string) =>
  value
    ? new Intl.DateTimeFormat(locale, {
        timeZone,
        hour: '2-digit',
        minute: '2-digit',
        day: '2-digit',
        month: '2-digit',
        year: 'numeric',
      }).format(new Date(value))
    : '';
