/** A page's posting API (a Facebook-Graph-like `POST /feed`), as the poster calls it. */
export interface PageApi {
  /** e.g. https://graph.example.com/v1/<page id> */
  url: string;
  /** the page's access token */
  token: string;
}

export interface PagePost {
  message: string;
  link: string | null;
  picture: string | null;
}

/** Publishes one post on the page; its id there, or an error naming what the page said. */
export const publishToPage = async (page: PageApi, post: PagePost): Promise<string> => {
  const res = await fetch(`${page.url}/feed`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${page.token}` },
    body: JSON.stringify(post),
    signal: AbortSignal.timeout(15_000),
  });
  const answer = (await res.json().catch(() => ({}))) as {
    id?: string;
    error?: { message?: string };
  };
  if (!res.ok || !answer.id) {
    throw new Error(`page answered ${res.status}: ${answer.error?.message ?? res.statusText}`);
  }
  return answer.id;
};
