export const ROOT: string;
export function bundleDetect(): Promise<string>;
