/**
 * Talks to the console API the way its page does: logged in as `user` (the session cookie the login route sets)
 * and sending the console's own Origin, as a browser on the page would.
 */
export async function consoleAs(url: string, user: string) {
  const headers = { 'content-type': 'application/json', origin: url };
  const login = await fetch(`${url}/console/api/session`, { method: 'POST', headers, body: JSON.stringify({ user }) });
  if (!login.ok) throw new Error(`console login as ${user} failed: HTTP ${login.status} ${await login.text()}`);
  const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0];
  return {
    cookie,
    post: (path: string, body: unknown) =>
      fetch(`${url}${path}`, { method: 'POST', headers: { ...headers, cookie }, body: JSON.stringify(body) }),
  };
}

/** One console request as `user`: logs in, posts, and returns the answer's JSON as text (for regex look-ups). */
export async function consolePost(url: string, user: string, path: string, body: unknown): Promise<string> {
  const response = await (await consoleAs(url, user)).post(path, body);
  return JSON.stringify(await response.json());
}
