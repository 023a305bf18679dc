import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { json, mockApi, renderWithProviders } from '@/test/render';
import { DocumentList } from './DocumentList';
import { listOf, versionOf } from './test-data';

const docx = (name = 'Rekryteringspolicy.docx', size = 1200) =>
  new File([new Uint8Array(size)], name, {
    type: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  });

/**
 * The fields of the multipart body as the SPA builds it (jsdom's FormData does not survive the
 * trip into Node's Request, so the fields are taken where they are appended), files by name.
 */
function recordForms() {
  const spy = vi.spyOn(FormData.prototype, 'append');
  return () =>
    Object.fromEntries(
      spy.mock.calls.map(([key, value, name]) => [
        key,
        typeof value === 'string' ? value : `file:${name ?? (value as File).name}`,
      ]),
    );
}

afterEach(() => vi.restoreAllMocks());

describe('DocumentList', () => {
  it('lists each document with kind, file, status, counts by ground and totals', async () => {
    mockApi({ 'GET /api/v1/certifications/5/documents': listOf() });
    renderWithProviders(<DocumentList certificationId={5} />);
    const card = await screen.findByTestId('document-card');
    expect(within(card).getByRole('heading', { name: 'Rekryteringspolicy' })).toBeVisible();
    expect(card).toHaveTextContent('Policy · policy-v2.docx · version 2');
    expect(within(card).getByText('Granskas')).toBeVisible();
    expect(within(card).getByTestId('counts-line')).toHaveTextContent(
      'Fynd: 1 öppna, 2 godtagna, 1 avfärdade · 2 lösta sedan förra versionen',
    );
    const table = within(card).getByTestId('document-by-ground');
    const rows = within(table)
      .getAllByRole('row')
      .map((r) => r.textContent);
    expect(rows).toEqual(['GrundÖppnaGodtagnaAvfärdade', 'Ålder011', 'Kön110', 'Totalt121']);
    // Links to the review and the downloads.
    expect(
      within(card).getByRole('link', { name: 'Visa granskningen av Rekryteringspolicy' }),
    ).toBeVisible();
    expect(
      within(card).getByRole('link', { name: 'Granskad DOCX: Rekryteringspolicy' }),
    ).toHaveAttribute('href', '/api/v1/document-versions/8/reviewed.docx?locale=sv');
    expect(
      within(card).getByRole('link', { name: 'Original: Rekryteringspolicy' }),
    ).toHaveAttribute('href', '/api/v1/document-versions/8/original');
    expect(
      within(card).getByRole('link', { name: 'Rapport (PDF): Rekryteringspolicy' }),
    ).toHaveAttribute('href', '/api/v1/document-versions/8/report.pdf?locale=sv');
    const totals = screen.getByTestId('documents-totals');
    expect(totals).toHaveTextContent('1 dokument');
    expect(
      within(totals).getByRole('link', { name: 'Rapport för alla dokument (PDF)' }),
    ).toHaveAttribute('href', '/api/v1/certifications/5/documents/report.pdf?locale=sv');
  });

  it('shows uploads only when allowed_actions has "upload"', async () => {
    const list = listOf();
    const reviewer = {
      ...list,
      allowed_actions: ['read', 'review', 'finish_review'],
      items: list.items.map((d) => ({ ...d, allowed_actions: ['read', 'review'] })),
    };
    mockApi({ 'GET /api/v1/certifications/5/documents': reviewer });
    renderWithProviders(<DocumentList certificationId={5} />);
    const card = await screen.findByTestId('document-card');
    expect(screen.queryByRole('button', { name: 'Ladda upp dokument' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Klistra in text' })).toBeNull();
    expect(within(card).queryByRole('button', { name: /Ladda upp ny version/ })).toBeNull();
    expect(within(card).getByRole('link', { name: 'Granska Rekryteringspolicy' })).toBeVisible();
  });

  it('uploads a chosen file with its title and kind, with progress while the server checks', async () => {
    let release: () => void = () => {};
    const fields = recordForms();
    const sent: Record<string, string>[] = [];
    mockApi({
      'GET /api/v1/certifications/5/documents': listOf({ items: [] }),
      'POST /api/v1/certifications/5/documents': async () => {
        sent.push(fields());
        await new Promise<void>((resolve) => {
          release = resolve;
        });
        return json(versionOf(), 201);
      },
    });
    renderWithProviders(<DocumentList certificationId={5} />);
    const user = userEvent.setup();
    expect(await screen.findByTestId('documents-empty')).toHaveTextContent('Inga dokument ännu.');
    await user.click(screen.getByRole('button', { name: 'Ladda upp dokument' }));
    const dialog = await screen.findByRole('dialog', { name: 'Ladda upp dokument' });

    // Nothing chosen: said on the drop zone, nothing sent.
    await user.click(within(dialog).getByRole('button', { name: 'Ladda upp och granska' }));
    expect(within(dialog).getByText('Välj en fil.')).toBeVisible();

    const input = dialog.querySelector('input[type="file"]') as HTMLInputElement;
    await user.upload(input, docx());
    expect(within(dialog).getByTestId('chosen-file')).toHaveTextContent(
      'Vald fil: Rekryteringspolicy.docx (1 kB)',
    );
    // The title comes from the file name until one is typed.
    expect(within(dialog).getByRole('textbox', { name: /Titel/ })).toHaveValue(
      'Rekryteringspolicy',
    );
    await user.selectOptions(
      within(dialog).getByRole('combobox', { name: 'Typ av dokument' }),
      'job_ad',
    );
    await user.click(within(dialog).getByRole('button', { name: 'Ladda upp och granska' }));

    expect(await within(dialog).findByRole('progressbar')).toBeVisible();
    expect(within(dialog).getByTestId('upload-status')).toHaveTextContent(
      'Laddar upp och granskar dokumentet …',
    );
    await waitFor(() => expect(sent).toHaveLength(1));
    expect(sent[0]).toEqual({
      file: 'file:Rekryteringspolicy.docx',
      title: 'Rekryteringspolicy',
      kind: 'job_ad',
    });
    release();
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
  });

  it('takes a dropped file and refuses one over 20 MB before sending it', async () => {
    const fetch = mockApi({ 'GET /api/v1/certifications/5/documents': listOf({ items: [] }) });
    renderWithProviders(<DocumentList certificationId={5} />);
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Ladda upp dokument' }));
    const dialog = await screen.findByRole('dialog', { name: 'Ladda upp dokument' });
    const zone = within(dialog).getByTestId('dropzone');
    // The limit is the server's (GET /settings): the dialog names it once it is read.
    await within(dialog).findByText(/20 MB/);
    const big = docx('stor.docx', 20 * 1024 * 1024 + 1);
    fireEvent.dragOver(zone, { dataTransfer: { files: [big], dropEffect: 'none' } });
    expect(zone).toHaveAttribute('data-active');
    fireEvent.drop(zone, { dataTransfer: { files: [big] } });
    expect(within(dialog).getByTestId('chosen-file')).toHaveTextContent('stor.docx');
    expect(within(dialog).getByText('Dokumentet är större än 20 MB.')).toBeVisible();
    await user.click(within(dialog).getByRole('button', { name: 'Ladda upp och granska' }));
    expect(fetch.mock.calls.filter(([r]) => (r as Request).method === 'POST')).toHaveLength(0);
  });

  it.each([
    [415, 'unsupported_document_type', 'Filen är inte ett dokument som går att läsa.'],
    [413, 'document_too_large', 'Dokumentet är större än 20 MB.'],
    [400, 'pdf_has_no_text', 'PDF-filen innehåller ingen text, bara bilder'],
    [400, 'pdf_encrypted', 'PDF-filen är lösenordsskyddad.'],
    [400, 'document_archive_refused', 'Dokumentfilen är krypterad'],
    [400, 'document_unreadable', 'Dokumentet är skadat och går inte att läsa.'],
    [400, 'document_empty', 'Dokumentet innehåller ingen text.'],
  ])('says the server’s %s %s in words', async (status, code, words) => {
    mockApi({
      'GET /api/v1/certifications/5/documents': listOf({ items: [] }),
      'POST /api/v1/certifications/5/documents': json({ error: code, detail: null }, status),
    });
    renderWithProviders(<DocumentList certificationId={5} />);
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Ladda upp dokument' }));
    const dialog = await screen.findByRole('dialog', { name: 'Ladda upp dokument' });
    await user.upload(dialog.querySelector('input[type="file"]') as HTMLInputElement, docx());
    await user.click(within(dialog).getByRole('button', { name: 'Ladda upp och granska' }));
    expect(await within(dialog).findByRole('alert')).toHaveTextContent(words);
  });

  it('adds a document from pasted text', async () => {
    const sent: unknown[] = [];
    mockApi({
      'GET /api/v1/certifications/5/documents': listOf({ items: [] }),
      'POST /api/v1/certifications/5/documents/pasted': async (request: Request) => {
        sent.push(await request.json());
        return json(versionOf(), 201);
      },
    });
    renderWithProviders(<DocumentList certificationId={5} />);
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Klistra in text' }));
    const dialog = await screen.findByRole('dialog', { name: 'Klistra in text' });
    await user.click(within(dialog).getByRole('button', { name: 'Granska texten' }));
    expect(within(dialog).getByText('Klistra in texten.')).toBeVisible();
    await user.type(within(dialog).getByRole('textbox', { name: /Titel/ }), 'Annons');
    await user.selectOptions(
      within(dialog).getByRole('combobox', { name: 'Typ av dokument' }),
      'job_ad',
    );
    await user.type(
      within(dialog).getByRole('textbox', { name: /^Text/ }),
      'Vi söker en brandman.',
    );
    await user.click(within(dialog).getByRole('button', { name: 'Granska texten' }));
    await waitFor(() => expect(sent).toHaveLength(1));
    expect(sent[0]).toEqual({ title: 'Annons', kind: 'job_ad', text: 'Vi söker en brandman.' });
  });

  it('uploads a new version of a document', async () => {
    const fields = recordForms();
    const sent: Record<string, string>[] = [];
    mockApi({
      'GET /api/v1/certifications/5/documents': listOf(),
      'POST /api/v1/documents/3/versions': async () => {
        sent.push(fields());
        return json(versionOf({ number: 3 }), 201);
      },
    });
    renderWithProviders(<DocumentList certificationId={5} />);
    const user = userEvent.setup();
    await user.click(
      await screen.findByRole('button', { name: 'Ladda upp ny version av Rekryteringspolicy' }),
    );
    const dialog = await screen.findByRole('dialog', {
      name: 'Ny version av ”Rekryteringspolicy”',
    });
    await user.upload(
      dialog.querySelector('input[type="file"]') as HTMLInputElement,
      docx('v3.docx'),
    );
    await user.click(within(dialog).getByRole('button', { name: 'Ladda upp och granska' }));
    await waitFor(() => expect(sent).toEqual([{ file: 'file:v3.docx' }]));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
  });
});
