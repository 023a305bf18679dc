import type { ReactNode, SVGProps } from 'react';

/**
 * A decorative 16×16 line icon: hidden from screen readers, since the word next to it says the
 * same (icons here only make states distinguishable without colour).
 */
export function SvgIcon({
  size = 16,
  strokeWidth = 2,
  children,
  ...rest
}: { size?: number; strokeWidth?: number; children: ReactNode } & Omit<
  SVGProps<SVGSVGElement>,
  'children'
>) {
  return (
    <svg
      width={size}
      height={size}
      viewBox="0 0 16 16"
      fill="none"
      stroke="currentColor"
      strokeWidth={strokeWidth}
      strokeLinecap="round"
      strokeLinejoin="round"
      aria-hidden="true"
      focusable="false"
      {...rest}
    >
      {children}
    </svg>
  );
}
