/**
 * The length limit for a variant's channel: the network it names or starts with
 * (`bluesky`, `bluesky-studio` → Bluesky's 300), as the server decides it.
 */
export function channelLimit(channel: string, limits: Record<string, number>): number | undefined {
  if (channel in limits) return limits[channel];
  const network = Object.keys(limits)
    .filter((name) => channel.startsWith(`${name}-`))
    .sort((a, b) => b.length - a.length)[0];
  return network === undefined ? undefined : limits[network];
}
