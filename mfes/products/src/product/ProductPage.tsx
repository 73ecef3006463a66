/**
 * The product page: artwork, the buying summary (price, stock, rating, highlights) and the details.
 */
import type { Product } from '@emporium/api';
import { useEffect } from 'react';
import { Link, useParams } from 'react-router';
import { Artwork } from '../ui/Artwork.tsx';
import { ErrorAlert } from '../ui/ErrorAlert.tsx';
import { PriceTag } from '../ui/PriceTag.tsx';
import { RatingBadge } from '../ui/RatingBadge.tsx';
import { Breadcrumb } from './Breadcrumb.tsx';
import { ProductDetails } from './ProductDetails.tsx';
import styles from './ProductPage.module.css';
import { StockStatus } from './StockStatus.tsx';
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
    return (
      <div className={styles.loading} role="status">
        Loading product…
      </div>
    );
  }
  if (state.status === 'error') {
    // The service answers 404 for an unknown id and 400 for one that cannot be an id at all.
    if (state.error.status === 404 || state.error.status === 400) return <ProductNotFound />;
    return <ErrorAlert error={state.error} onRetry={state.reload} />;
  }
  return <ProductView product={state.product} />;
}

function ProductView({ product }: { product: Product }) {
  return (
    <article className={styles.page}>
      <title>{`${product.name} · Emporium`}</title>
      <Breadcrumb category={product.category} name={product.name} />
      <div className={styles.top}>
        <div className={styles.media}>
          <Artwork product={product} size="large" />
        </div>
        <div className={styles.summary}>
          <Link className={styles.brand} to={`..?brand=${encodeURIComponent(product.brand)}`}>
            {product.brand}
          </Link>
          <h1 className={styles.title} data-testid="product-title">
            {product.name}
          </h1>
          <RatingBadge rating={product.rating} />
          <div className={styles.buy}>
            <PriceTag product={product} size="large" priceTestId="product-price" />
            <p className={styles.taxes}>Inclusive of all taxes</p>
            <StockStatus stock={product.stock} />
          </div>
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
    </article>
  );
}

function ProductNotFound() {
  return (
    <section className={styles.notFound}>
      <title>Product not found · Emporium</title>
      <h1>We couldn’t find that product</h1>
      <p>It may have been removed, or the link may be mistyped.</p>
      <Link to="..">Browse all products</Link>
    </section>
  );
}
