import { Button, Modal, Stack, Tabs, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { getRouteApi, Navigate, useNavigate } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { useCertifications } from '@/api/get-certifications';
import { AnchorLink } from '@/components/AnchorLink';
import { ErrorAlert } from '@/components/ErrorAlert';
import { Loading } from '@/components/Loading';
import { NotFoundPage } from '@/components/NotFoundPage';
import { PageHeader } from '@/components/PageHeader';
import { ActionPlan, PlanHistory } from '@/features/action-plan';
import { CertificateCard } from '@/features/certificates';
import {
  CertificationOverview,
  CertificationStatusBadge,
  CertificationsByStage,
  CertificationsList,
  OpenCertificationForm,
  PreviousCycleLink,
  useCertification,
} from '@/features/certifications';
import { DocumentReviewSummary, DocumentsSection } from '@/features/documents';
import { FollowUpsSection, FollowUpsToReview } from '@/features/follow-ups';
import { LiveRoomButton, WorkshopInputs } from '@/features/live';
import { CycleTimeline } from '@/features/timeline';
import {
  AgendaTemplates,
  CertificationAgenda,
  DayPlanner,
  SessionsSection,
  UpcomingTrainingDays,
} from '@/features/training';
import { isApiError } from '@/lib/api';
import { useUser } from '@/lib/auth';
import { allows } from '@/lib/authorization';
import { cycleName } from '@/lib/cycle';
import { TABS, type Tab } from './certifications';

/** The pages of the certification cycle, loaded lazily by the routes in certifications.tsx. */

const certificationsApi = getRouteApi('/app/certifications');
const certificationApi = getRouteApi('/app/certifications/$certificationId');

export function CertificationsPage() {
  const { t } = useTranslation();
  const user = useUser();
  const { status, page = 1 } = certificationsApi.useSearch();
  const navigate = useNavigate();
  const [opening, { open, close }] = useDisclosure(false);
  return (
    <>
      <PageHeader
        title={t('certifications.list.title')}
        actions={
          allows(user, 'certification:open') && (
            <Button onClick={open}>{t('certifications.open.button')}</Button>
          )
        }
      />
      <CertificationsList
        status={status}
        page={page}
        onChange={(s) =>
          void navigate({
            to: '/certifications',
            search: { status: s.status, page: s.page > 1 ? s.page : undefined },
            replace: true,
          })
        }
      />
      <Modal
        closeButtonProps={{ 'aria-label': t('common.close') }}
        opened={opening}
        onClose={close}
        title={t('certifications.open.title')}
        size="lg"
      >
        <OpenCertificationForm
          onCancel={close}
          onCreated={(c) => {
            close();
            void navigate({
              to: '/certifications/$certificationId',
              params: { certificationId: c.id },
            });
          }}
        />
      </Modal>
    </>
  );
}

export function CertificationPage() {
  const { t } = useTranslation();
  const user = useUser();
  const navigate = useNavigate();
  const { certificationId } = certificationApi.useParams();
  const { tab = 'overview', version } = certificationApi.useSearch();
  const certification = useCertification(certificationId);

  // Another organisation's certification answers 404 (never 403): a page that isn't there.
  if (isApiError(certification.error, 404)) return <NotFoundPage />;
  if (certification.isPending) return <Loading />;
  if (certification.isError) return <ErrorAlert error={certification.error} />;

  const c = certification.data;
  const isMember = user.role === 'member';
  const certified = c.status === 'certified' || !!c.certificate_number;
  // The certificate and what follows it exist once the plan is approved.
  const tabs = TABS.filter((x) => (x !== 'certificate' && x !== 'follow-ups') || certified);
  const active: Tab = tabs.includes(tab) ? tab : 'overview';

  return (
    <>
      <PageHeader
        title={t('certifications.page.title', {
          name: cycleName(t, c.organisation_name, c.cycle),
        })}
        actions={<CertificationStatusBadge t={t} status={c.status} />}
        description={c.previous_certification_id ? <PreviousCycleLink certification={c} /> : null}
      />
      <Tabs
        value={active}
        onChange={(value) =>
          void navigate({
            to: '/certifications/$certificationId',
            params: { certificationId },
            search: { tab: value === 'overview' ? undefined : (value as Tab) },
            replace: true,
          })
        }
        keepMounted={false}
        activateTabWithKeyboard
      >
        <Tabs.List mb="md" aria-label={t('certifications.page.tabs')}>
          {tabs.map((x) => (
            <Tabs.Tab key={x} value={x}>
              {t(`certifications.tabs.${x}`)}
            </Tabs.Tab>
          ))}
        </Tabs.List>
        <Tabs.Panel value="overview">
          <CertificationOverview certification={c} showOrganisationLink>
            <CycleTimeline certificationId={c.id} status={c.status} certified={certified} />
            <DocumentReviewSummary certificationId={c.id} />
          </CertificationOverview>
        </Tabs.Panel>
        <Tabs.Panel value="training">
          <Stack gap="md">
            <DayPlanner
              certificationId={c.id}
              canPlan={allows(c, 'training:plan')}
              groupSize={c.group_size}
              liveRoom={
                allows(c, 'live:open_room')
                  ? (day, date) => <LiveRoomButton dayId={day.id} what={date} />
                  : undefined
              }
            />
            {allows(user, 'evaluations:view') && (
              <AnchorLink
                to="/utvarderingar"
                search={{ certification: c.id }}
                data-testid="evaluations-link"
              >
                {t('evaluations.forCertification')}
              </AnchorLink>
            )}
          </Stack>
        </Tabs.Panel>
        <Tabs.Panel value="agenda">
          <CertificationAgenda certificationId={c.id} editable={allows(c, 'agenda:edit')} />
        </Tabs.Panel>
        <Tabs.Panel value="sessions">
          <SessionsSection
            certificationId={c.id}
            canManage={allows(c, 'sessions:manage')}
            workshop={(session) => (
              <WorkshopInputs
                certificationId={c.id}
                session={session}
                canManage={allows(c, 'live:attach_results')}
              />
            )}
          />
        </Tabs.Panel>
        <Tabs.Panel value="plan">
          <ActionPlan key={c.id} certificationId={c.id} mode={isMember ? 'edit' : 'review'} />
        </Tabs.Panel>
        <Tabs.Panel value="history">
          <PlanHistory certificationId={c.id} />
        </Tabs.Panel>
        <Tabs.Panel value="documents">
          <DocumentsSection
            certificationId={c.id}
            organisationId={c.organisation_id}
            versionId={version}
          />
        </Tabs.Panel>
        {certified && (
          <Tabs.Panel value="certificate">
            <CertificateCard certificationId={c.id} />
          </Tabs.Panel>
        )}
        {certified && (
          <Tabs.Panel value="follow-ups">
            <FollowUpsSection certificationId={c.id} />
          </Tabs.Panel>
        )}
      </Tabs>
    </>
  );
}

export function OverviewPage() {
  const { t } = useTranslation();
  // A trainer's list holds only the certifications they are assigned to.
  const certifications = useCertifications({ pageSize: 100 });
  const items = certifications.data?.items ?? [];
  return (
    <>
      <PageHeader title={t('dashboard.title')} />
      {certifications.isPending ? (
        <Loading />
      ) : certifications.isError ? (
        <ErrorAlert error={certifications.error} />
      ) : (
        <Stack gap="lg">
          <FollowUpsToReview />
          <UpcomingTrainingDays
            certifications={items
              .filter((c) => c.stage !== 'cancelled' && c.stage !== 'certified')
              .map((c) => ({
                id: c.id,
                organisation_name: cycleName(t, c.organisation_name, c.cycle),
              }))}
          />
          <CertificationsByStage certifications={items} />
        </Stack>
      )}
    </>
  );
}

export function AgendaTemplatesPage() {
  const { t } = useTranslation();
  return (
    <>
      <PageHeader title={t('agenda.templatesTitle')} />
      <AgendaTemplates />
    </>
  );
}

export function OurCertificationPage() {
  const { t } = useTranslation();
  const user = useUser();
  const certifications = useCertifications({
    organisationId: user.organisation_id ?? undefined,
    pageSize: 100,
  });
  if (certifications.isPending) return <Loading />;
  if (certifications.isError) return <ErrorAlert error={certifications.error} />;
  const items = certifications.data.items;
  const current =
    items.filter((c) => c.status !== 'cancelled').sort((a, b) => b.id - a.id)[0] ??
    [...items].sort((a, b) => b.id - a.id)[0];
  if (current) {
    return (
      <Navigate
        to="/certifications/$certificationId"
        params={{ certificationId: current.id }}
        replace
      />
    );
  }
  return (
    <>
      <PageHeader title={t('nav.ourCertification')} />
      <Text data-testid="no-certification">{t('certifications.none')}</Text>
    </>
  );
}
