import { Container } from '@mantine/core';
import { useParams } from 'react-router';

import { QueryStates } from '@/components/feedback/data-states';

import { useGetItemQuery } from '../api/editor-api';
import { useGetContentTypesQuery } from '../api/list-api';
import { useContentPermissions } from '../components/use-content-permissions';
import { ContentEditor } from '../components/editor/content-editor';

/** `/content/:id`: the editor of one item (its own lazy chunk, TipTap and all). */
export function EditorRoute() {
  const { id = '' } = useParams();
  const item = useGetItemQuery(id);
  const types = useGetContentTypesQuery();
  const { userId } = useContentPermissions();
  const query = {
    isLoading: item.isLoading || types.isLoading,
    isFetching: item.isFetching || types.isFetching,
    error: item.error ?? types.error,
    refetch: () => {
      void item.refetch();
      void types.refetch();
    },
  };
  return (
    <Container size="xl" px={0}>
      <QueryStates
        query={query}
        loadingLabel="Loading the editor"
        loadingRows={8}
        ready={!!item.data && !!types.data}
      >
        {item.data && types.data && (
          <ContentEditor key={id} item={item.data} types={types.data} userId={userId} />
        )}
      </QueryStates>
    </Container>
  );
}
