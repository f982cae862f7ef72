/** Types of scripts/staticServer.js (CommonJS), for the TypeScript tests that use it. */
import type { Server } from "http";

export declare const TYPES: Readonly<Record<string, string>>;
export declare function contentType(file: string): string;
export declare function acceptedEncodings(header: string | undefined): string[];
export declare function resolveInside(dir: string, urlPath: string): string | null;
export declare function createStaticServer(mounts: string | Record<string, string>): Server;
