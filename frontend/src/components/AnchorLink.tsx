import { Anchor, type AnchorProps } from '@mantine/core';
import { createLink, type LinkComponent } from '@tanstack/react-router';
import { forwardRef } from 'react';

type Props = Omit<AnchorProps, 'href'> & React.AnchorHTMLAttributes<HTMLAnchorElement>;

const MantineAnchor = forwardRef<HTMLAnchorElement, Props>((props, ref) => (
  <Anchor ref={ref} {...props} />
));

const CreatedLink = createLink(MantineAnchor);

/** A router link that looks like a Mantine Anchor, with typed `to` and `params`. */
export const AnchorLink: LinkComponent<typeof MantineAnchor> = (props) => (
  <CreatedLink preload={false} {...props} />
);
