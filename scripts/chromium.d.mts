import type { BrowserContext, Worker } from '@playwright/test';
export const ROOT: string;
export const CHROME_EXT_DIR: string;
export const CHROMIUM: string;
export const QUIET_FLAGS: string[];
export function launchWithExtension(profileDir: string, opts?: { headless?: boolean; extDir?: string }): Promise<BrowserContext>;
export function extensionWorker(context: BrowserContext): Promise<Worker>;
