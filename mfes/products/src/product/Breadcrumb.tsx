import type { CategoryRef } from '@emporium/api';
import { Link } from 'react-router';
import styles from './ProductPage.module.css';

/** All products / category / this product; links relative to where the MFE is mounted. */
export function Breadcrumb({ category, name }: { category: CategoryRef; name: string }) {
  return (
    <nav aria-label="Breadcrumb" className={styles.breadcrumb}>
      <ol>
        <li>
          <Link to="..">All products</Link>
        </li>
        <li>
          <Link to={`..?category=${encodeURIComponent(category.slug)}`}>{category.name}</Link>
        </li>
        <li aria-current="page">{name}</li>
      </ol>
    </nav>
  );
}
