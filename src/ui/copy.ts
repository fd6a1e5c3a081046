// Copying a link: the async clipboard API on a user click works in both browsers' extension pages.
export async function copyText(text: string): Promise<void> {
  await navigator.clipboard.writeText(text);
}
