/**
 * Shared storefront UI. Compiled into each micro frontend that imports it (CSS Modules salted per MFE), so it
 * is source sharing, not a runtime singleton: it holds no state.
 */
export { Artwork } from './Artwork.tsx';
export { BackLink } from './BackLink.tsx';
export { ConfirmDialog } from './ConfirmDialog.tsx';
export { EmptyState, emptyStateStyles } from './EmptyState.tsx';
export { ErrorAlert } from './ErrorAlert.tsx';
export { type FaqGroup, type FaqItem, FaqList, GroupedFaqList } from './FaqList.tsx';
export { Field } from './Field.tsx';
export { FormAlert } from './FormAlert.tsx';
export { defaultGlyph, glyphs } from './glyphs.tsx';
export { ItemLine, ItemLines } from './ItemLines.tsx';
export { ListRow, ListRowLink, RowList } from './ListRow.tsx';
export { Loading } from './Loading.tsx';
export { NoMatches } from './NoMatches.tsx';
export { Notice } from './Notice.tsx';
export { PageHeader } from './PageHeader.tsx';
export { PriceBreakdown, PriceRow } from './PriceBreakdown.tsx';
export { PriceTag } from './PriceTag.tsx';
export { ProductCard, productTextStyles } from './ProductCard.tsx';
export { RatingBadge } from './RatingBadge.tsx';
export { loginPath, RequireCustomer } from './RequireCustomer.tsx';
export { SearchBox } from './SearchBox.tsx';
export { ShowMoreButton } from './ShowMoreButton.tsx';
export { SoldOutBadge } from './SoldOutBadge.tsx';
export { StatusBadge, type StatusTone } from './StatusBadge.tsx';
export { TextAreaField } from './TextAreaField.tsx';
export { Thumbnail } from './Thumbnail.tsx';
export { type LoadState, useLoad } from './use-load.ts';
export { useUrlSearch } from './use-url-search.ts';
export { VisuallyHidden } from './VisuallyHidden.tsx';
