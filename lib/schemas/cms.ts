/**
 * `cms` in `_data/organisation.yaml`: where the editing forms at /admin/ (docs/cms.md) save, the
 * organisation's Git repository. Without it the build makes no /admin/, so a hub never offers
 * forms that could not save anywhere.
 */
import { z } from "zod";
import { httpsUrlSchema, textSchema } from "./common.ts";

export const cmsBackends = ["github", "gitlab"] as const;

/** A folder of the repository, as the CMS names it: relative, '/' between parts, no '..'. */
const repositoryFolderSchema = z
  .string({ error: "write the folder as text, such as '_data'" })
  .regex(/^(?!\/)(?!.*(?:^|\/)\.\.?(?:\/|$))[A-Za-z0-9._/-]+(?<!\/)$/, {
    error:
      "write the folder as it is in the repository, from its top, such as '_data' or 'examples/closed-ccg/pages' (no leading or trailing '/', no '..')",
  });

export const cmsSettingsSchema = z.strictObject({
  backend: z
    .enum(cmsBackends, { error: `backend must be one of: ${cmsBackends.join(", ")}` })
    .default("github")
    .meta({ description: "Where the repository is: github (the default) or gitlab." }),
  repo: z
    .string({ error: "write the repository as 'owner/name', such as 'nhs-wealdmoor/equality-hub'" })
    .regex(/^[A-Za-z0-9_.-]+\/[A-Za-z0-9_.-]+$/, {
      error: "write the repository as 'owner/name', such as 'nhs-wealdmoor/equality-hub'",
    })
    .meta({ title: "Repository", description: "The repository the hub is built from, as 'owner/name'." }),
  branch: textSchema
    .default("main")
    .meta({ description: "The branch the site is published from; saved changes are committed to it." }),
  authenticator: httpsUrlSchema.optional().meta({
    description:
      "The address of the OAuth authenticator (such as Sveltia CMS Authenticator) for signing in with GitHub or GitLab; without it, sign-in with GitHub goes through Netlify's OAuth provider, and a personal access token always works.",
  }),
  dataFolder: repositoryFolderSchema
    .default("_data")
    .meta({ description: "The folder of the YAML data files, from the top of the repository." }),
  pagesFolder: repositoryFolderSchema
    .default("site")
    .meta({ description: "The folder of the markdown pages, from the top of the repository." }),
});

export type CmsSettings = z.infer<typeof cmsSettingsSchema>;
