/**
 * The header's product search. It speaks the products MFE's URL contract (`<route>?q=`), so a search
 * from any page lands on the listing, and the box shows the query of the listing you are on.
 */
import { mfe } from '@emporium/registry';
import { type FormEvent, useEffect, useState } from 'react';
import { useLocation, useNavigate, useSearchParams } from 'react-router';
import styles from './SearchForm.module.css';

const productsRoute = mfe('products').route;

export function SearchForm() {
  const navigate = useNavigate();
  const { pathname } = useLocation();
  const [params] = useSearchParams();
  const current = pathname === productsRoute ? (params.get('q') ?? '') : '';
  const [text, setText] = useState(current);
  useEffect(() => {
    setText(current);
  }, [current]);

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const q = text.trim();
    navigate(q ? `${productsRoute}?q=${encodeURIComponent(q)}` : productsRoute);
  };

  return (
    // biome-ignore lint/a11y/useSemanticElements: a form with role="search" is understood everywhere; <search> is too new for some screen readers.
    <form role="search" className={styles.form} onSubmit={submit}>
      <svg className={styles.icon} viewBox="0 0 24 24" aria-hidden="true">
        <circle cx="11" cy="11" r="7" fill="none" stroke="currentColor" strokeWidth="2" />
        <path d="m20 20-4-4" stroke="currentColor" strokeWidth="2" strokeLinecap="round" />
      </svg>
      <input
        className={styles.input}
        type="search"
        name="q"
        aria-label="Search products"
        placeholder="Search for products, brands and more"
        autoComplete="off"
        enterKeyHint="search"
        maxLength={100}
        value={text}
        onChange={(event) => setText(event.target.value)}
      />
      <button className={`button-primary ${styles.button}`} type="submit">
        Search
      </button>
    </form>
  );
}
