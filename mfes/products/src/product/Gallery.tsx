/**
 * The product's pictures: the chosen one large, and a row of thumbnails to choose from when there are
 * several. A product without photos shows its generated artwork.
 */
import type { Product } from '@emporium/api';
import { Artwork } from '@emporium/ui';
import { useEffect, useState } from 'react';
import styles from './Gallery.module.css';

export function Gallery({ product }: { product: Product }) {
  const [index, setIndex] = useState(0);
  useEffect(() => setIndex(0), [product.id]);
  const images = product.images;
  const shown = images[index] ?? images[0];

  return (
    <div className={styles.gallery}>
      <div className={styles.stage}>
        <Artwork product={{ ...product, images: shown ? [shown] : [] }} size="large" />
      </div>
      {images.length > 1 && (
        <ul className={styles.thumbs} aria-label="Product images">
          {images.map((image, i) => (
            <li key={image.url}>
              <button
                type="button"
                className={styles.thumb}
                aria-label={`Show image ${i + 1} of ${images.length}${image.alt ? `: ${image.alt}` : ''}`}
                aria-current={i === index || undefined}
                onClick={() => setIndex(i)}
              >
                <img src={image.url} alt="" loading="lazy" />
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
