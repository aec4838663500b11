/** `npm run eval -- links DIR`: not written yet. */
export async function main(_args: string[]): Promise<number> {
  console.error('eval links: not implemented yet');
  return 2;
}
