/**
 * The home page's hero banners as a carousel, after the WAI-ARIA carousel pattern: a pause/play button
 * first, previous and next, one button per slide; arrow keys, Home and End move between slides.
 * It turns by itself every few seconds, except for visitors who prefer reduced motion, while the pointer
 * rests on it, and for good once keyboard focus enters it (until the shopper presses play again).
 * While it turns, the slides are not announced; paused, a change of slide is.
 */
import type { Banner } from '@emporium/api';
import { type FocusEvent, type KeyboardEvent, useEffect, useId, useRef, useState } from 'react';
import styles from './HeroCarousel.module.css';
import { HeroSlide } from './HeroSlide.tsx';
import { ChevronLeft, ChevronRight, PauseIcon, PlayIcon } from './icons.tsx';

const rotationMs = 6_000;

const prefersReducedMotion = () =>
  globalThis.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;

export function HeroCarousel({ banners }: { banners: Banner[] }) {
  const total = banners.length;
  const [index, setIndex] = useState(0);
  const [playing, setPlaying] = useState(() => total > 1 && !prefersReducedMotion());
  const [hovered, setHovered] = useState(false);
  const slidesId = useId();
  const dots = useRef<(HTMLButtonElement | null)[]>([]);
  const playButton = useRef<HTMLButtonElement>(null);

  const current = Math.min(index, total - 1);
  const rotating = playing && !hovered && total > 1;

  // A timer per slide, so a manual change of slide also restarts the count.
  useEffect(() => {
    if (!rotating) return;
    const timer = setTimeout(() => setIndex((i) => (i + 1) % total), rotationMs);
    return () => clearTimeout(timer);
  }, [rotating, current, total]);

  const show = (next: number) => setIndex(((next % total) + total) % total);

  // Keyboard focus inside stops the rotation (a mouse click does not: it is not :focus-visible).
  const onFocus = (event: FocusEvent) => {
    if (event.target !== playButton.current && event.target.matches(':focus-visible')) setPlaying(false);
  };

  const onKeyDown = (event: KeyboardEvent) => {
    const moves: Record<string, number> = {
      ArrowLeft: current - 1,
      ArrowRight: current + 1,
      Home: 0,
      End: total - 1,
    };
    const next = moves[event.key];
    if (next === undefined || total < 2) return;
    event.preventDefault();
    const target = ((next % total) + total) % total;
    show(target);
    // On the slide buttons, focus follows the choice, as in a tab list.
    if (dots.current.includes(event.target as HTMLButtonElement)) dots.current[target]?.focus();
  };

  return (
    <section
      className={styles.carousel}
      aria-roledescription="carousel"
      aria-label="Offers"
      onMouseEnter={() => setHovered(true)}
      onMouseLeave={() => setHovered(false)}
      onFocus={onFocus}
      onKeyDown={onKeyDown}
      data-testid="hero-carousel"
    >
      {total > 1 && (
        <div className={styles.controls}>
          <button
            ref={playButton}
            type="button"
            className={styles.control}
            onClick={() => setPlaying(!playing)}
            aria-label={playing ? 'Stop the slide show' : 'Start the slide show'}
            data-testid="carousel-play"
          >
            {playing ? <PauseIcon /> : <PlayIcon />}
          </button>
          <button
            type="button"
            className={styles.control}
            onClick={() => show(current - 1)}
            aria-controls={slidesId}
            aria-label="Previous slide"
          >
            <ChevronLeft />
          </button>
          <div className={styles.dots}>
            {banners.map((banner, i) => (
              <button
                key={banner.id}
                ref={(element) => {
                  dots.current[i] = element;
                }}
                type="button"
                className={styles.dot}
                onClick={() => show(i)}
                aria-controls={slidesId}
                aria-current={i === current ? 'true' : undefined}
                aria-label={`Slide ${i + 1}: ${banner.title}`}
              />
            ))}
          </div>
          <button
            type="button"
            className={styles.control}
            onClick={() => show(current + 1)}
            aria-controls={slidesId}
            aria-label="Next slide"
          >
            <ChevronRight />
          </button>
        </div>
      )}
      <div id={slidesId} className={styles.viewport} aria-live={rotating ? 'off' : 'polite'}>
        <div className={styles.track} style={{ transform: `translateX(${-100 * current}%)` }}>
          {banners.map((banner, i) => (
            <HeroSlide
              key={banner.id}
              banner={banner}
              position={i + 1}
              total={total}
              current={i === current}
            />
          ))}
        </div>
      </div>
    </section>
  );
}
