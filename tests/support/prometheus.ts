/** The value of one series in a Prometheus text exposition, or undefined when it is absent. */
export function sample(text: string, name: string, labels: Record<string, string>): number | undefined {
  const wanted = Object.entries(labels).map(([key, value]) => `${key}="${value}"`);
  for (const line of text.split('\n')) {
    const match = /^([a-z_]+)\{([^}]*)\} (\S+)$/.exec(line);
    if (!match || match[1] !== name) continue;
    const have = match[2].split(',');
    if (have.length === wanted.length && wanted.every((pair) => have.includes(pair))) return Number(match[3]);
  }
  return undefined;
}
