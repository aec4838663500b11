/** `npm run eval -- flags DIR`: not written yet. */
export async function main(_args: string[]): Promise<number> {
  console.error('eval flags: not implemented yet');
  return 2;
}
