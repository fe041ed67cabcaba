import { useState } from 'react';
import { useIntl } from 'react-intl';
import { Layouts, useFetchClient, useNotification } from '@strapi/strapi/admin';
import {
  Box,
  Button,
  Field,
  Flex,
  SingleSelect,
  SingleSelectOption,
  Table,
  Tbody,
  Td,
  TextInput,
  Th,
  Thead,
  Tr,
  Typography,
} from '@strapi/design-system';
import { errorMessage, useAdminGet } from '../review/api';
import type { MessageId } from '../review/messages';

interface StationRow {
  documentId: string;
  name: string;
  slug: string;
}
interface RundownDay {
  windows: Array<{
    start: string;
    end: string;
    label: string | null;
    freeSeconds: number;
    items: Array<{
      documentId: string;
      startsAt: string;
      seconds: number;
      title: string;
      airStatus: string;
    }>;
  }>;
}

const today = () =>
  new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Ho_Chi_Minh' }).format(new Date());

/** A station's day for its operator: windows, items and times, and the A4 sheet to print. */
const RundownPage = () => {
  const { formatMessage } = useIntl();
  const t = (id: MessageId, values?: Record<string, string | number>) =>
    formatMessage({ id }, values);
  const { get } = useFetchClient();
  const { toggleNotification } = useNotification();
  const { data: stations } = useAdminGet<{ results: StationRow[] }>(
    '/content-manager/collection-types/api::station.station?page=1&pageSize=100&sort=name:ASC'
  );
  const [slug, setSlug] = useState('');
  const [date, setDate] = useState(today());
  const chosen = slug || stations?.results[0]?.slug || '';
  const { data: day, error } = useAdminGet<{ data: RundownDay }>(
    chosen ? `/cchc/stations/${chosen}/rundown?date=${date}` : null
  );

  const print = async () => {
    try {
      const res = await get<string>(`/cchc/stations/${chosen}/rundown.html?date=${date}`, {
        responseType: 'text',
      } as never);
      const sheet = window.open('', '_blank');
      sheet?.document.write(res.data);
      sheet?.document.close();
      sheet?.print();
    } catch (e) {
      toggleNotification({ type: 'danger', message: errorMessage(e) });
    }
  };

  return (
    <Layouts.Root>
      <Layouts.Header
        title={t('cchc.radio.title')}
        primaryAction={
          <Button onClick={print} disabled={!chosen}>
            {t('cchc.radio.print')}
          </Button>
        }
      />
      <Layouts.Content>
        {stations && stations.results.length === 0 && (
          <Typography>{t('cchc.radio.none')}</Typography>
        )}
        <Flex gap={4} paddingBottom={6} alignItems="flex-end">
          <Box width="320px">
            <Field.Root name="station">
              <Field.Label>{t('cchc.radio.station')}</Field.Label>
              <SingleSelect
                value={chosen}
                onChange={(value: string | number) => setSlug(String(value))}
              >
                {(stations?.results ?? []).map((station) => (
                  <SingleSelectOption key={station.documentId} value={station.slug}>
                    {station.name}
                  </SingleSelectOption>
                ))}
              </SingleSelect>
            </Field.Root>
          </Box>
          <Box width="200px">
            <Field.Root name="date">
              <Field.Label>{t('cchc.radio.date')}</Field.Label>
              <TextInput
                type="date"
                value={date}
                onChange={(e: React.ChangeEvent<HTMLInputElement>) => setDate(e.target.value)}
              />
            </Field.Root>
          </Box>
        </Flex>
        {error && (
          <Typography textColor="danger600">
            {t('cchc.review.error', { message: error })}
          </Typography>
        )}
        {day && day.data.windows.length === 0 && <Typography>{t('cchc.radio.closed')}</Typography>}
        {day?.data.windows.map((window) => (
          <Box key={window.start} paddingBottom={6}>
            <Typography variant="delta" tag="h2">
              {t('cchc.radio.window', {
                start: window.start.slice(0, 5),
                end: window.end.slice(0, 5),
              })}
              {window.label ? ` · ${window.label}` : ''} (
              {t('cchc.radio.free', { seconds: window.freeSeconds })})
            </Typography>
            {window.items.length === 0 ? (
              <Typography tag="p">{t('cchc.radio.empty')}</Typography>
            ) : (
              <Table colCount={4} rowCount={window.items.length + 1}>
                <Thead>
                  <Tr>
                    {(
                      [
                        'cchc.radio.time',
                        'cchc.radio.item',
                        'cchc.radio.length',
                        'cchc.radio.status',
                      ] as const
                    ).map((id) => (
                      <Th key={id}>
                        <Typography variant="sigma">{t(id)}</Typography>
                      </Th>
                    ))}
                  </Tr>
                </Thead>
                <Tbody>
                  {window.items.map((item) => (
                    <Tr key={item.documentId}>
                      <Td>
                        <Typography>{item.startsAt.slice(0, 8)}</Typography>
                      </Td>
                      <Td>
                        <Typography>{item.title}</Typography>
                      </Td>
                      <Td>
                        <Typography>{item.seconds} s</Typography>
                      </Td>
                      <Td>
                        <Typography>{item.airStatus}</Typography>
                      </Td>
                    </Tr>
                  ))}
                </Tbody>
              </Table>
            )}
          </Box>
        ))}
      </Layouts.Content>
    </Layouts.Root>
  );
};

export default RundownPage;
