/**
 * The photo checker's behaviour: reads the chosen files locally (File.arrayBuffer), runs
 * the shared checks from src/lib/report/, decodes with createImageBitmap to catch broken
 * files, and writes the result into an aria-live region. Nothing is sent over the network.
 */
import { checkSubmission, describePhoto, type SubmissionResult } from '../../lib/report/check';
import { captionLength, reportRules, type ReportRules, type RuleSettings } from '../../lib/report/rules';

async function decodeInBrowser(bytes: Uint8Array): Promise<boolean> {
  const blob = new Blob([bytes as BlobPart], { type: 'image/jpeg' });
  const bitmap = await createImageBitmap(blob);
  const ok = bitmap.width > 0 && bitmap.height > 0;
  bitmap.close();
  return ok;
}

function el<K extends keyof HTMLElementTagNameMap>(tag: K, text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (text !== undefined) node.textContent = text;
  return node;
}

function setup(form: HTMLFormElement) {
  // The edition's rules, as the page was built with them (PhotoChecker.astro).
  const checker: ReportRules = reportRules(JSON.parse(form.dataset.rules ?? '{}') as RuleSettings);
  const { rules } = checker;
  const root = form.closest('section')!;
  const input = form.querySelector<HTMLInputElement>('[data-photo-input]')!;
  const list = form.querySelector<HTMLOListElement>('[data-caption-list]')!;
  const template = root.querySelector<HTMLTemplateElement>('[data-caption-template]')!;
  const result = root.querySelector<HTMLElement>('[data-checker-result]')!;
  const ruleText = root.querySelector<HTMLElement>('[data-caption-rule]')?.textContent ?? '';
  root.querySelector('[data-checker-nojs]')?.remove();
  form.hidden = false;

  /** Captions typed so far, by file name, so changing the selection keeps them. */
  const captions = new Map<string, string>();
  let files: File[] = [];

  const counterText = (text: string) => {
    const n = captionLength(text);
    const over = n - rules.caption.max;
    return { text: over > 0 ? `已输入 ${n} 字，超出 ${over} 字。${ruleText}` : `已输入 ${n} 字。${ruleText}`, over: over > 0 };
  };

  const renderFields = () => {
    list.replaceChildren();
    files.forEach((file, i) => {
      const item = template.content.firstElementChild!.cloneNode(true) as HTMLLIElement;
      const label = item.querySelector<HTMLLabelElement>('[data-caption-label]')!;
      const area = item.querySelector<HTMLTextAreaElement>('[data-caption-input]')!;
      const count = item.querySelector<HTMLElement>('[data-caption-count]')!;
      const id = `photo-caption-${i + 1}`;
      label.htmlFor = id;
      label.textContent = `照片 ${file.name} 的说明`;
      area.id = id;
      area.name = `caption-${i + 1}`;
      area.dataset.file = file.name;
      count.id = `${id}-count`;
      area.setAttribute('aria-describedby', count.id);
      area.value = captions.get(file.name) ?? '';
      const update = () => {
        captions.set(file.name, area.value);
        const c = counterText(area.value);
        count.textContent = c.text;
        count.classList.toggle('over', c.over);
      };
      area.addEventListener('input', update);
      update();
      list.append(item);
    });
  };

  input.addEventListener('change', () => {
    files = [...(input.files ?? [])];
    result.replaceChildren();
    result.className = 'checker-result';
    renderFields();
  });

  const show = (outcome: SubmissionResult) => {
    result.replaceChildren();
    result.className = `checker-result ${outcome.ok ? 'pass' : 'fail'}`;
    const problems = [...outcome.problems, ...outcome.photos.flatMap((p) => p.problems)];
    result.append(
      el(
        'p',
        outcome.ok
          ? `检查通过：${outcome.photos.length} 张照片和说明都符合要求。`
          : `检查未通过：发现 ${problems.length} 个问题，请修改后再检查。`,
      ),
    );
    if (problems.length > 0) {
      const ul = el('ul');
      for (const problem of problems) ul.append(el('li', problem.message));
      result.append(ul);
    }
    const passed = outcome.photos.filter((photo) => photo.ok);
    if (passed.length > 0) {
      if (!outcome.ok) result.append(el('p', '以下照片本身符合要求：'));
      const ul = el('ul');
      for (const photo of passed) ul.append(el('li', describePhoto(checker, photo)));
      result.append(ul);
    }
  };

  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    result.className = 'checker-result';
    result.replaceChildren(el('p', '正在检查……'));
    const photos = await Promise.all(
      files.map(async (file) => ({
        name: file.name,
        // A file over the checker's limit is rejected by its size alone, without reading it.
        bytes: file.size > rules.maxFileBytes ? new Uint8Array(0) : new Uint8Array(await file.arrayBuffer()),
        size: file.size,
        caption: captions.get(file.name) ?? '',
      })),
    );
    const outcome = await checkSubmission(checker, photos, (bytes) => decodeInBrowser(bytes));
    show(outcome);
  });
}

document.querySelectorAll<HTMLFormElement>('form[data-photo-checker]').forEach(setup);
