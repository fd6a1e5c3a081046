export function normalizePublicKey(key: string): string;
export function extensionIdFromKey(publicKey: string): string;
export function publicKeyFromPem(pem: string): string;
export function extensionIdCommand(
  args: readonly string[],
  sources: { manifestKey: string; env: Record<string, string | undefined>; readFile(path: string): string },
): string;
