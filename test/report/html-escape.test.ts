import { escapeHtml } from '../../src/report/html-escape';

describe('escapeHtml', () => {
  it('turns markup into plain characters', () => {
    expect(escapeHtml('<script>alert(1)</script>')).toBe('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(escapeHtml('<img src=x onerror=alert(1)>')).toBe('&lt;img src=x onerror=alert(1)&gt;');
    expect(escapeHtml('</textarea><b>')).toBe('&lt;/textarea&gt;&lt;b&gt;');
  });

  it('escapes both quotes so a value cannot leave its attribute', () => {
    expect(escapeHtml(`" onmouseover="x' onfocus='y`)).toBe('&quot; onmouseover=&quot;x&#39; onfocus=&#39;y');
  });

  it('escapes ampersands first, so existing entities stay literal text', () => {
    expect(escapeHtml('&lt; & &amp;')).toBe('&amp;lt; &amp; &amp;amp;');
  });

  it('leaves other text, including emoji and line breaks, unchanged', () => {
    const text = 'Crews 🌊 said\r\nweeks — “done”';
    expect(escapeHtml(text)).toBe(text);
  });
});
