import { Center, Loader } from '@mantine/core';

/** Shown while a page's code loads. */
export function PageLoader() {
  return (
    <Center mih={200}>
      <Loader aria-label="Loading" />
    </Center>
  );
}
