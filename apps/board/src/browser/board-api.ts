/** Reading the board server's API (/api/...); the server signs in to the services, the page never holds a token. */

/** GET `url` as JSON; an error answer becomes an Error with the server's message and status. */
export async function getJson<T>(url: string): Promise<T> {
  const response = await fetch(url, { headers: { accept: 'application/json' } });
  const body = await response.json().catch(() => undefined);
  if (!response.ok) throw new Error(body?.message ? `${body.message} (${response.status})` : `the server answered ${response.status}`);
  return body as T;
}
