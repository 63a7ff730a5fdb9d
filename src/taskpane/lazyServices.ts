// PaneServices whose use-cases arrive in a chunk of their own: the first call loads them (once), so the
// pane paints without the core and the adapter. A failed load (a dropped connection) fails that call
// like any host error, and the next call tries again.
import type { PaneServices } from "./PaneServices.types";

export function lazyServices(load: () => Promise<PaneServices>, today: () => number): PaneServices {
  let loading: Promise<PaneServices> | null = null;
  const services = (): Promise<PaneServices> =>
    (loading ??= load().catch((error: unknown) => {
      loading = null;
      throw error;
    }));
  return {
    refresh: async (options) => (await services()).refresh(options),
    readSettings: async () => (await services()).readSettings(),
    saveSettings: async (settings) => (await services()).saveSettings(settings),
    select: async (sheet, cell) => (await services()).select(sheet, cell),
    applyFix: async (changes) => (await services()).applyFix(changes),
    createTemplate: async (withSample, lang) => (await services()).createTemplate(withSample, lang),
    needsSetup: async () => (await services()).needsSetup?.() ?? false,
    readList: async (sheet) => {
      const loaded = await services();
      if (!loaded.readList) throw new Error("readList is not available");
      return loaded.readList(sheet);
    },
    createFromList: async (imported, lang) => {
      const loaded = await services();
      if (!loaded.createFromList) throw new Error("createFromList is not available");
      return loaded.createFromList(imported, lang);
    },
    today,
    missingFeatures: async () => (await services()).missingFeatures?.() ?? [],
    merge: {
      review: async (files) => (await services()).merge!.review(files),
      apply: async (review, choices, lang) =>
        (await services()).merge!.apply(review, choices, lang),
    },
    share: {
      support: async () => (await services()).share?.support() ?? { read: false, download: false },
      build: async (by, lang, onProgress) => {
        const loaded = await services();
        if (!loaded.share) throw new Error("share is not available");
        return loaded.share.build(by, lang, onProgress);
      },
    },
  };
}
