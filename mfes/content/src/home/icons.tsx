/** Small line icons of the home page; decorative (the controls that use them carry their own labels). */

export function ChevronRight() {
  return (
    <svg viewBox="0 0 20 20" aria-hidden="true">
      <path d="M7 4l6 6-6 6" fill="none" stroke="currentColor" strokeWidth="2.2" strokeLinecap="round" />
    </svg>
  );
}

export function ChevronLeft() {
  return (
    <svg viewBox="0 0 20 20" aria-hidden="true">
      <path d="M13 4l-6 6 6 6" fill="none" stroke="currentColor" strokeWidth="2.2" strokeLinecap="round" />
    </svg>
  );
}

export function PauseIcon() {
  return (
    <svg viewBox="0 0 20 20" aria-hidden="true">
      <path d="M7 4v12M13 4v12" fill="none" stroke="currentColor" strokeWidth="2.6" strokeLinecap="round" />
    </svg>
  );
}

export function PlayIcon() {
  return (
    <svg viewBox="0 0 20 20" aria-hidden="true">
      <path d="M6.5 4.5v11l9-5.5z" fill="currentColor" stroke="currentColor" strokeLinejoin="round" />
    </svg>
  );
}
