/** The language-pack namespaces the panel needs (loaded on demand, per language). */
export const OVERLAY_NAMESPACES = ['common', 'meta', 'pages', 'overlay', 'checklist', 'documents', 'failure', 'privacy'] as const;
