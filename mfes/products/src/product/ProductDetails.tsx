import type { Product } from '@emporium/api';
import styles from './ProductPage.module.css';

/** Description and specifications, below the fold of the product page. */
export function ProductDetails({ product }: { product: Product }) {
  return (
    <div className={styles.details}>
      <section aria-labelledby="about-heading" className={styles.card}>
        <h2 id="about-heading">About this product</h2>
        <p className={styles.description}>{product.description}</p>
      </section>
      <section aria-labelledby="specs-heading" className={styles.card}>
        <h2 id="specs-heading">Specifications</h2>
        <table className={styles.specs}>
          <tbody>
            <tr>
              <th scope="row">Brand</th>
              <td>{product.brand}</td>
            </tr>
            {product.attributes.map((attribute) => (
              <tr key={attribute.name}>
                <th scope="row">{attribute.name}</th>
                <td>{attribute.value}</td>
              </tr>
            ))}
            <tr>
              <th scope="row">SKU</th>
              <td>{product.sku}</td>
            </tr>
          </tbody>
        </table>
      </section>
    </div>
  );
}
