/**
 * Eleventy 3 ships JavaScript with JSDoc, not declarations. These are the parts of its API the hub
 * uses, typed from Eleventy's documentation, so the rest of the code stays strictly typed.
 */
declare module "@11ty/eleventy/UserConfig" {
  // never[]: any function of any parameters can be given (its parameters accept never).
  type Filter = (this: unknown, ...args: never[]) => unknown;

  export default interface UserConfig {
    dir?: { input: string; includes: string; data: string; output: string };
    addPlugin<Options>(
      plugin: ((config: UserConfig, options: Options) => void | Promise<void>) & {
        eleventyPluginOptions?: { unique?: boolean };
      },
      options?: Options,
    ): void;
    addGlobalData(name: string, value: unknown): void;
    addFilter(name: string, filter: Filter): void;
    addShortcode(name: string, shortcode: Filter): void;
    addCollection(name: string, builder: (collectionApi: unknown) => unknown): void;
    addPassthroughCopy(copy: string | Record<string, string>): void;
    addWatchTarget(target: string): void;
    addTransform(
      name: string,
      transform: (
        this: { page: { outputPath: string | false; inputPath: string } },
        content: string,
      ) => string | Promise<string>,
    ): void;
    setLibrary(engine: "md" | "njk", library: unknown): void;
    setNunjucksEnvironmentOptions(options: Record<string, unknown>): void;
    addTemplate(virtualInputPath: string, content: string, data: Record<string, unknown>): void;
    setFrontMatterParsingOptions(options: { engines?: Record<string, (text: string) => unknown> }): void;
    setServerOptions(options: Record<string, unknown>): void;
    setQuietMode(quiet: boolean): void;
    on(event: string, listener: (...args: never[]) => unknown): void;
    ignores: { add(glob: string): void; delete(glob: string): void };
  }
}

declare module "@11ty/eleventy" {
  import type UserConfig from "@11ty/eleventy/UserConfig";

  export interface WriteResult {
    inputPath: string;
    outputPath: string | false;
    url: string | false;
    content: string;
  }

  export interface EleventyOptions {
    configPath?: string;
    quietMode?: boolean;
    runMode?: "build" | "serve" | "watch";
    config?: (eleventyConfig: UserConfig) => void | Promise<void>;
    /** Where on its host the site lives, such as '/equality/': Eleventy's `url` filter and dev server use it. */
    pathPrefix?: string;
  }

  export default class Eleventy {
    constructor(input?: string, output?: string, options?: EleventyOptions);
    /** Stops Eleventy printing anything, its own errors included. */
    disableLogger(): void;
    write(): Promise<[unknown[], WriteResult[]]>;
    toJSON(): Promise<WriteResult[]>;
    /** Input and output folders; `freeze()` makes the constructor's win over the config file's. */
    readonly directories: { freeze(): void };
    init(): Promise<void>;
    watch(): Promise<void>;
    serve(port?: number): Promise<void>;
    /** The dev server Eleventy runs in serve mode; its reload tells every open page to reload. */
    readonly eleventyServe: {
      reload(event?: { files?: string[] }): Promise<void>;
      /** Called by Eleventy with the error of every failed rebuild in watch mode. */
      sendError(event: { error: unknown }): Promise<void>;
    };
    stopWatch(): Promise<void>;
  }
}
