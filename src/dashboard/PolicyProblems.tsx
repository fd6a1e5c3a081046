// The company's policy has values Nurture cannot use (a malformed policies.json, a registry
// value of the wrong type): said at the top of every view, each problem with its key, so the
// user can tell IT exactly what to fix. The rest of the policy applies.
import { t } from '../i18n/i18n';
import { useRequest } from '../ui/use-request';

export function PolicyProblems() {
  const [status] = useRequest('policy.status', {});
  if (status.state !== 'ready' || status.value.problems.length === 0) return null;
  return (
    <section class="card policy-problems" role="alert" aria-labelledby="policy-problems-title" data-testid="policy-problems">
      <h2 id="policy-problems-title">{t('policyProblemsTitle')}</h2>
      <p class="muted">{t('policyProblemsHint')}</p>
      <ul>
        {status.value.problems.map((problem, i) => (
          <li key={i}>
            <code>{problem.key}</code>: {problem.message}
          </li>
        ))}
      </ul>
    </section>
  );
}
