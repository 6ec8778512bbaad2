import { createRequire } from "node:module";
import nunjucks from "nunjucks";
import { describe, expect, it, vi } from "vitest";
import { compileOnce } from "../../../lib/nunjucks/compile-once.ts";

function environment(): nunjucks.Environment {
  return new nunjucks.Environment(new nunjucks.FileSystemLoader([]), { autoescape: true });
}

/** Counts how often Nunjucks' compiler runs while `render` runs. */
function compilations(render: () => void): number {
  // Nunjucks calls its compiler through this CommonJS module object, so a spy on it sees each call.
  const compiler = createRequire(import.meta.url)("nunjucks/src/compiler.js") as { compile: () => string };
  const spy = vi.spyOn(compiler, "compile");
  try {
    render();
    return spy.mock.calls.length;
  } finally {
    spy.mockRestore();
  }
}

describe("compileOnce", () => {
  it("renders each of many templates with the same source from one compilation", () => {
    const env = compileOnce(environment());
    const source = "<h1>{{ title }}</h1>{% block body %}{{ body }}{% endblock %}";
    const pages: string[] = [];
    const count = compilations(() => {
      for (const title of ["One", "Two", "Three"])
        pages.push(new nunjucks.Template(source, env, "layout.njk").render({ title, body: `${title} body` }));
    });
    expect(pages).toEqual(["<h1>One</h1>One body", "<h1>Two</h1>Two body", "<h1>Three</h1>Three body"]);
    expect(count).toBe(1);
  });

  it("compiles a changed source again, so an edited template is never served stale", () => {
    const env = compileOnce(environment());
    const first = new nunjucks.Template("<p>{{ a }}</p>", env, "page.njk").render({ a: "old" });
    const second = new nunjucks.Template("<div>{{ a }}</div>", env, "page.njk").render({ a: "new" });
    expect([first, second]).toEqual(["<p>old</p>", "<div>new</div>"]);
  });

  it("keeps the same source at two paths apart, so errors still name the right file", () => {
    const env = compileOnce(environment());
    new nunjucks.Template("{{ x }}", env, "first.njk").render({ x: 1 });
    const broken = new nunjucks.Template("{{ x | nosuchfilter }}", env, "second.njk");
    expect(() => broken.render({ x: 1 })).toThrow(/second\.njk/);
  });

  it("shares nothing between environments, whose filters may differ", () => {
    const shouting = compileOnce(environment()).addFilter("tone", (text: string) => text.toUpperCase());
    const quiet = compileOnce(environment()).addFilter("tone", (text: string) => text.toLowerCase());
    const source = "{{ 'Hello' | tone }}";
    expect(new nunjucks.Template(source, shouting, "t.njk").render({})).toBe("HELLO");
    expect(new nunjucks.Template(source, quiet, "t.njk").render({})).toBe("hello");
  });

  it("leaves environments it was not given as Nunjucks made them", () => {
    const plain = environment();
    const count = compilations(() => {
      new nunjucks.Template("{{ a }}", plain, "p.njk").render({ a: 1 });
      new nunjucks.Template("{{ a }}", plain, "p.njk").render({ a: 2 });
    });
    expect(count).toBe(2);
  });
});
