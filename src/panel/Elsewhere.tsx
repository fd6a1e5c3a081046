// The followed tab is not a LinkedIn page (or one opened before Nurture was installed): what the
// panel does there, in two lines.
import { t } from '../i18n/i18n';

export function Elsewhere() {
  return (
    <section class="panel-section" aria-labelledby="elsewhere-title" data-testid="panel-elsewhere">
      <h2 id="elsewhere-title">{t('panelElsewhereTitle')}</h2>
      <p class="muted">{t('panelElsewhereText')}</p>
    </section>
  );
}
