import type { Plugin } from 'vite';
export function precompiledSource(root: string): Promise<string>;
export function precompiledPatterns(root: string): Plugin;
