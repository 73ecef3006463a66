/**
 * The product page: artwork, the buying summary (price, stock, add to cart, rating, highlights), the
 * details, and ratings and reviews.
 */
import { type Product, track } from '@emporium/api';
import { ErrorAlert, emptyStateStyles, Loading, Notice, RatingBadge } from '@emporium/ui';
import { useEffect } from 'react';
import { Link, useParams } from 'react-router';
import { ReviewsSection } from '../reviews/ReviewsSection.tsx';
import { useRatingSummary } from '../reviews/use-rating-summary.ts';
import { Breadcrumb } from './Breadcrumb.tsx';
import { BuyBox } from './BuyBox.tsx';
import { Gallery } from './Gallery.tsx';
import { ProductDetails } from './ProductDetails.tsx';
import styles from './ProductPage.module.css';
import { useProduct } from './use-product.ts';

export function ProductPage() {
  const { productId = '' } = useParams();
  const state = useProduct(productId);

  // A new product starts at the top of the page, as a new page would. (Braces matter: scrollTo returns a
  // promise in current Chromium, and an effect must return nothing or a cleanup function.)
  useEffect(() => {
    window.scrollTo(0, 0);
  }, [productId]);

  if (state.status === 'loading') {
    return <Loading>Loading product…</Loading>;
  }
  if (state.status === 'error') {
    // The service answers 404 for an unknown id and 400 for one that cannot be an id at all.
    if (state.error.status === 404 || state.error.status === 400) return <ProductNotFound />;
    return <ErrorAlert error={state.error} onRetry={state.reload} />;
  }
  return <ProductView product={state.product} />;
}

function ProductView({ product }: { product: Product }) {
  const rating = useRatingSummary(product.id);

  useEffect(() => {
    track({ type: 'product_view', domain: 'products', props: { productId: product.id } });
  }, [product.id]);

  return (
    <article className={styles.page}>
      <title>{`${product.name} · Emporium`}</title>
      <Breadcrumb category={product.category} name={product.name} />
      <div className={styles.top}>
        <Gallery product={product} />
        <div className={styles.summary}>
          <Link className={styles.brand} to={`..?brand=${encodeURIComponent(product.brand)}`}>
            {product.brand}
          </Link>
          <h1 className={styles.title} data-testid="product-title">
            {product.name}
          </h1>
          <a className={styles.ratingLink} href="#reviews">
            {/* The reviews service's live summary once it answers; the catalog's copy until then. */}
            <RatingBadge rating={rating.summary ?? product.rating} />
            <span className="visually-hidden">Go to the reviews</span>
          </a>
          <BuyBox product={product} />
          {product.highlights.length > 0 && (
            <section aria-labelledby="highlights-heading">
              <h2 id="highlights-heading" className={styles.subheading}>
                Highlights
              </h2>
              <ul className={styles.highlights}>
                {product.highlights.map((highlight) => (
                  <li key={highlight}>{highlight}</li>
                ))}
              </ul>
            </section>
          )}
        </div>
      </div>
      <ProductDetails product={product} />
      <ReviewsSection productId={product.id} rating={rating} />
    </article>
  );
}

function ProductNotFound() {
  return (
    <Notice
      title="Product not found"
      heading="We couldn’t find that product"
      framed={false}
      actions={
        <Link className={emptyStateStyles.link} to="..">
          Browse all products
        </Link>
      }
    >
      It may have been removed, or the link may be mistyped.
    </Notice>
  );
}
