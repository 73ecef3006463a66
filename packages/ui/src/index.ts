/**
 * Shared storefront UI. Compiled into each micro frontend that imports it (CSS Modules salted per MFE), so it
 * is source sharing, not a runtime singleton: it holds no state.
 */
export { Artwork } from './Artwork.tsx';
export { ConfirmDialog } from './ConfirmDialog.tsx';
export { ErrorAlert } from './ErrorAlert.tsx';
export { Field } from './Field.tsx';
export { FormAlert } from './FormAlert.tsx';
export { defaultGlyph, glyphs } from './glyphs.tsx';
export { Notice, noticeStyles } from './Notice.tsx';
export { PriceTag } from './PriceTag.tsx';
export { RatingBadge } from './RatingBadge.tsx';
export { loginPath, RequireCustomer } from './RequireCustomer.tsx';
export { TextAreaField } from './TextAreaField.tsx';
export { Thumbnail } from './Thumbnail.tsx';
export { type LoadState, useLoad } from './use-load.ts';
export { useUrlSearch } from './use-url-search.ts';
export { VisuallyHidden } from './VisuallyHidden.tsx';
