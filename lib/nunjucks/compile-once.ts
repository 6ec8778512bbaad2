/**
 * Compile each Nunjucks template source once per environment.
 *
 * Eleventy 3.1 makes a new `nunjucks.Template` for every page it renders with a layout, and
 * Nunjucks compiles each one from its source again: on a hub of 780 policies the policy layout
 * was compiled 3,945 times, about 3 s of a 10 s render. The compiled code depends only on the
 * source, its path (for error messages) and the environment's async filters and extensions, so
 * it can be shared, as Nunjucks itself shares precompiled templates through `tmplProps`.
 * Only environments passed to `compileOnce` share; any other keeps Nunjucks' own behaviour.
 */
import nunjucks from "nunjucks";

interface CompiledProps {
  root: unknown;
  [block: string]: unknown;
}

/** The parts of a Nunjucks template that `_compile` reads and writes (not in its typings). */
interface TemplateInternals {
  env: nunjucks.Environment & { asyncFilters: string[]; extensionsList: unknown[] };
  path: string | null;
  tmplStr: string;
  tmplProps?: CompiledProps;
  _compile(): void;
}

const compiledBySource = new WeakMap<nunjucks.Environment, Map<string, CompiledProps>>();
const templatePrototype = (nunjucks.Template as unknown as { prototype: TemplateInternals }).prototype;
const nunjucksCompile = templatePrototype._compile;
let patched = false;

/** Makes templates of this environment reuse the compiled code of an identical source. */
export function compileOnce(environment: nunjucks.Environment): nunjucks.Environment {
  compiledBySource.set(environment, new Map());
  if (!patched) {
    templatePrototype._compile = compileSharing;
    patched = true;
  }
  return environment;
}

function compileSharing(this: TemplateInternals): void {
  const shared = compiledBySource.get(this.env);
  if (!shared || this.tmplProps || typeof this.tmplStr !== "string") return nunjucksCompile.call(this);
  const key = [this.path ?? "", this.env.asyncFilters.length, this.env.extensionsList.length, this.tmplStr].join("\0");
  const compiled = shared.get(key);
  if (compiled) {
    this.tmplProps = compiled;
    nunjucksCompile.call(this);
    return;
  }
  // Nunjucks compiles into `props` and keeps only its functions; run it, then capture them.
  nunjucksCompile.call(this);
  const template = this as unknown as { rootRenderFunc: unknown; blocks: Record<string, unknown> };
  const props: CompiledProps = { root: template.rootRenderFunc };
  for (const [name, block] of Object.entries(template.blocks)) props[`b_${name}`] = block;
  shared.set(key, props);
}
