/** `npm run eval -- clean DIR`: not written yet. */
export async function main(_args: string[]): Promise<number> {
  console.error('eval clean: not implemented yet');
  return 2;
}
