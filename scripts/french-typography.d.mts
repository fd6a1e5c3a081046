/** The message with the house French typography applied (idempotent). */
export function frenchTypography(message: string): string;
