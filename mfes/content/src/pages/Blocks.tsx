/**
 * A CMS page's body. Blocks are data, never HTML: each type is rendered here as React elements, so
 * nothing an editor typed can become markup or script on the page.
 */
import type { PageBlock } from '@emporium/api';
import styles from './CmsPage.module.css';

export function Blocks({ blocks }: { blocks: PageBlock[] }) {
  return (
    <div className={styles.body}>
      {/* Blocks have no ids and do not move while the page is shown: the position is the key. */}
      {blocks.map((block, i) => (
        <Block key={i} block={block} />
      ))}
    </div>
  );
}

function Block({ block }: { block: PageBlock }) {
  switch (block.type) {
    case 'heading':
      return block.level === 2 ? <h2>{block.text}</h2> : <h3>{block.text}</h3>;
    case 'paragraph':
      return <p>{block.text}</p>;
    case 'list': {
      const items = block.items.map((item, i) => (
        // List items may repeat and never move: the position is the key.
        <li key={i}>{item}</li>
      ));
      return block.style === 'numbered' ? <ol>{items}</ol> : <ul>{items}</ul>;
    }
    case 'image':
      return (
        <figure className={styles.figure}>
          <img src={block.image.url} alt={block.image.alt} loading="lazy" />
          {block.caption && <figcaption>{block.caption}</figcaption>}
        </figure>
      );
    default:
      // A block type newer than this page: skip it rather than break the page.
      return null;
  }
}
