import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  checkboxesToCheckedItems,
  cleanPastedHtml,
  dropEmptyParagraphs,
  markHeaderRows,
  normalizeBlocks,
  removeComments,
  removeNonContent,
  stripAttributes,
  stylesToTags,
  unwrapPresentational,
  unwrapUnsafeLinks,
} from '../../../../src-renderer/src/editor/plugins/paste/clean-html';
import { convertWordLists } from '../../../../src-renderer/src/editor/plugins/paste/word-lists';

/** Runs one cleaning step on an HTML snippet and gives back the body's HTML, whitespace between tags dropped. */
function afterStep(step: (root: HTMLElement) => void, html: string): string {
  const doc = new DOMParser().parseFromString(html, 'text/html');
  step(doc.body);
  return doc.body.innerHTML.replace(/>\s+</g, '><').trim();
}

const fixture = (name: string) => readFileSync(`test/fixtures/paste/${name}`, 'utf8');

describe('removeNonContent', () => {
  it('drops scripts, styles, images, Word paragraph marks and hidden text, keeping the text around them', () => {
    expect(
      afterStep(
        removeNonContent,
        '<p>Keep<script>alert(1)</script><img src="x.png"><o:p>&nbsp;</o:p><span style="display:none">secret</span><span style="mso-hide:all">hidden</span> this</p>',
      ),
    ).toBe('<p>Keep this</p>');
  });

  it('drops Word comment anchors and the comment list, and unwraps Word smart tags', () => {
    expect(
      afterStep(
        removeNonContent,
        '<p><st1:city>London</st1:city><span class=MsoCommentReference><a class=msocomanchor href="#_msocom_1">[EM1]</a></span></p><div style="mso-element:comment-list"><p>Ask the lab</p></div>',
      ),
    ).toBe('<p>London</p>');
  });

  it('keeps a check box only inside a list item', () => {
    expect(afterStep(removeNonContent, '<p><input type="text">Name</p><ul><li><input type="checkbox">Done</li></ul>')).toBe(
      '<p>Name</p><ul><li><input type="checkbox">Done</li></ul>',
    );
  });
});

describe('convertWordLists', () => {
  const item = (cls: string, list: string, level: number, marker: string, text: string) =>
    `<p class=${cls} style='text-indent:-18.0pt;mso-list:${list} level${level} lfo1'><!--[if !supportLists]--><span style='font-family:Symbol'><span style='mso-list:Ignore'>${marker}<span style='font:7.0pt "Times New Roman"'>&nbsp;&nbsp; </span></span></span><!--[endif]-->${text}</p>`;

  it('turns a run of Word list paragraphs into a nested bulleted list, markers removed', () => {
    const html = [
      item('MsoListParagraphCxSpFirst', 'l0', 1, '·', 'One'),
      item('MsoListParagraphCxSpMiddle', 'l0', 2, 'o', 'One a'),
      item('MsoListParagraphCxSpLast', 'l0', 1, '·', 'Two'),
    ].join('\n');
    expect(afterStep(convertWordLists, html)).toBe('<ul><li>One<ul><li>One a</li></ul></li><li>Two</li></ul>');
  });

  it('makes a numbered list when the marker is a number or letter', () => {
    const html = [
      item('MsoListParagraphCxSpFirst', 'l1', 1, '1.', 'First'),
      item('MsoListParagraphCxSpLast', 'l1', 1, '2.', 'Second'),
    ].join('');
    expect(afterStep(convertWordLists, html)).toBe('<ol><li>First</li><li>Second</li></ol>');
  });

  it('starts a new list where Word starts another list id', () => {
    const html = [item('MsoListParagraph', 'l0', 1, '·', 'Bullet'), item('MsoListParagraph', 'l1', 1, 'a)', 'Letter')].join('');
    expect(afterStep(convertWordLists, html)).toBe('<ul><li>Bullet</li></ul><ol><li>Letter</li></ol>');
  });

  it('reads the marker from a mso-list:Ignore span when the conditional comments are gone', () => {
    const html = `<p style='mso-list:l0 level1 lfo1'><span><span style='mso-list:Ignore'>3.</span></span>Third</p>`;
    expect(afterStep(convertWordLists, html)).toBe('<ol><li>Third</li></ol>');
  });

  it('keeps a numbered Word heading a heading, with its number as text', () => {
    const html = `<h2 style='mso-list:l2 level2 lfo3'><!--[if !supportLists]--><span><span style='mso-list:Ignore'>4.2<span>&nbsp;&nbsp; </span></span></span><!--[endif]-->Planning</h2>`;
    expect(afterStep(convertWordLists, html)).toBe('<h2 style="mso-list:l2 level2 lfo3">4.2 Planning</h2>');
  });

  it('leaves ordinary paragraphs alone', () => {
    expect(afterStep(convertWordLists, '<p class=MsoNormal>Plain</p>')).toBe('<p class="MsoNormal">Plain</p>');
  });
});

describe('the other cleaning steps', () => {
  it('removeComments removes HTML and conditional comments', () => {
    expect(afterStep(removeComments, '<p>a<!--[if gte mso 9]><xml></xml><![endif]-->b<!-- note --></p>')).toBe('<p>ab</p>');
  });

  it('markHeaderRows makes Word’s repeated header row and a thead into header cells', () => {
    expect(
      afterStep(
        markHeaderRows,
        "<table><tr style='mso-yfti-irow:0;mso-yfti-firstrow:yes;mso-yfti-lastfirstrow:yes'><td>H</td></tr><tr><td>b</td></tr></table>",
      ),
    ).toBe(
      '<table><tbody><tr style="mso-yfti-irow:0;mso-yfti-firstrow:yes;mso-yfti-lastfirstrow:yes"><th>H</th></tr><tr><td>b</td></tr></tbody></table>',
    );
    expect(afterStep(markHeaderRows, '<table><thead><tr><td>H</td></tr></thead><tr><td>b</td></tr></table>')).toContain(
      '<th>H</th>',
    );
    // Word writes mso-yfti-firstrow on every table's first row: that alone is no header.
    expect(afterStep(markHeaderRows, "<table><tr style='mso-yfti-firstrow:yes'><td>a</td></tr></table>")).toContain('<td>a</td>');
  });

  it('stylesToTags writes CSS bold, italic, underline and line-through as tags, and unwraps Google Docs’ not-bold <b>', () => {
    expect(
      afterStep(
        stylesToTags,
        '<b style="font-weight:normal" id="docs-internal-guid-1"><span style="font-weight:700">B</span><span style="font-style:italic">I</span><span style="text-decoration:underline">U</span><span style="text-decoration:line-through">S</span><span style="color:red">plain</span></b>',
      ),
    ).toBe(
      '<span style="font-weight:700"><strong>B</strong></span><span style="font-style:italic"><em>I</em></span><span style="text-decoration:underline"><u>U</u></span><span style="text-decoration:line-through"><s>S</s></span><span style="color:red">plain</span>',
    );
  });

  it('unwrapUnsafeLinks keeps http, https and mailto links and reduces every other link to its text', () => {
    expect(
      afterStep(
        unwrapUnsafeLinks,
        '<a href="https://a.example/x">A</a><a href="mailto:q@example.com">M</a><a href="javascript:alert(1)">J</a><a href="file:///C:/x.xlsx">F</a><a href="#_msocom_1">C</a><a name="bookmark">N</a>',
      ),
    ).toBe('<a href="https://a.example/x">A</a><a href="mailto:q@example.com">M</a>JFCN');
  });

  it('normalizeBlocks demotes h4-h6 to h3, turns text divs into paragraphs, unwraps divs of blocks and paragraphs in list items', () => {
    expect(
      afterStep(normalizeBlocks, '<h5>Deep</h5><div><div>Text</div><p>Para</p></div><ul><li><p>One</p><p>Two</p></li></ul>'),
    ).toBe('<h3>Deep</h3><p>Text</p><p>Para</p><ul><li>One<br>Two</li></ul>');
  });

  it('unwrapPresentational gives spans, fonts, marks and sub/superscripts way to their text', () => {
    expect(
      afterStep(
        unwrapPresentational,
        '<p><span>a</span><font color="red">b</font><mark>c</mark><sup>d</sup><strike>e</strike></p>',
      ),
    ).toBe('<p>abcd<s>e</s></p>');
  });

  it('dropEmptyParagraphs removes spacer paragraphs and breaks between blocks, but not empty table cells', () => {
    expect(afterStep(dropEmptyParagraphs, '<p>&nbsp;</p><p>Text</p><br><table><tr><td><p></p></td></tr></table>')).toBe(
      '<p>Text</p><table><tbody><tr><td><p></p></td></tr></tbody></table>',
    );
  });

  it('checkboxesToCheckedItems turns check boxes into the item’s checked state', () => {
    expect(
      afterStep(checkboxesToCheckedItems, '<ul><li><input type="checkbox" checked>A</li><li><input type="checkbox">B</li></ul>'),
    ).toBe('<ul><li aria-checked="true">A</li><li aria-checked="false">B</li></ul>');
  });

  it('stripAttributes keeps only href, colspan, rowspan, start and aria-checked', () => {
    expect(
      afterStep(
        stripAttributes,
        '<p class="MsoNormal" style="color:red" lang="EN">x<a href="https://a.example" target="_blank" style="color:blue">y</a></p><table><tr><td colspan="2" width="200" style="background:#eee">z</td></tr></table>',
      ),
    ).toBe('<p>x<a href="https://a.example">y</a></p><table><tbody><tr><td colspan="2">z</td></tr></tbody></table>');
  });
});

describe('cleanPastedHtml on whole clipboard payloads', () => {
  it('reduces Word 365 HTML to plain semantic HTML: no style, class, comment, image or Word tag', () => {
    const html = cleanPastedHtml(fixture('word-table-and-nested-list.html')).body.innerHTML;
    expect(html).not.toMatch(/style=|class=|<img|<o:p|<span|<font|<!--|\[if|EM1|Ask\s+the lab|Register\.xlsx/);
    expect(html).toMatch(/<h1>Control of Monitoring Equipment<\/h1>/);
    expect(html).toMatch(/<th>\s*<p><b>Instrument<\/b><\/p>\s*<\/th>/);
    expect(html).toContain('<ul><li>Before use, check the calibration label<ul><li>The date is in the future</li>');
    expect(html).toContain('<ol><li>Remove');
  });

  it('reduces a Google Docs and web page paste to plain semantic HTML', () => {
    const html = cleanPastedHtml(fixture('web-page-google-docs.html')).body.innerHTML;
    expect(html).not.toMatch(/style=|class=|<img|<span|<div|docs-internal|javascript:/);
    expect(html).toContain('<p>Suppliers are rated <strong>once a year</strong><em> on delivery</em><s> and price</s>.</p>');
    expect(html).toContain('<ul><li><u>Approved</u> suppliers<ul><li>Rated A or B</li></ul></li>');
  });
});
