#!/usr/bin/env node
// Turns the research file ../shared/reference/regional-channels.json into the app's own typed data
// module, src/features/region/data/regions.ts. Run once when the research is updated, review the
// diff, and commit the result: the app never reads shared/ at run time.
//
//   node scripts/import-regions.mjs [path/to/regional-channels.json]
//   node scripts/import-regions.mjs --check   (exit 1 if regions.ts is not what the script would write)
//
// Sources, dates and confidence are kept exactly as researched. Names in Traditional characters,
// English and pinyin (for search) are added from the table below. Translations of the channel
// notes live beside the output, in channel-text.ts, written by hand (a test checks they are complete).
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const checkOnly = args.includes('--check');
const sourcePath = args.find((a) => !a.startsWith('--')) ?? path.resolve(root, '../shared/reference/regional-channels.json');
const outputPath = path.join(root, 'src/features/region/data/regions.ts');

/**
 * code → [short Chinese name, Traditional full name, pinyin of the short name (space-separated
 * syllables), extra pinyin aliases, one-character abbreviations (简称, as on car plates and in the
 * Ministry of Civil Affairs' division lists; the first is the official one, a second is also in use)]
 */
const names = {
  11: ['北京', '北京市', 'bei jing', [], ['京']],
  12: ['天津', '天津市', 'tian jin', [], ['津']],
  13: ['河北', '河北省', 'he bei', [], ['冀']],
  14: ['山西', '山西省', 'shan xi', [], ['晋']],
  15: ['内蒙古', '內蒙古自治區', 'nei meng gu', [], ['蒙']],
  21: ['辽宁', '遼寧省', 'liao ning', [], ['辽']],
  22: ['吉林', '吉林省', 'ji lin', [], ['吉']],
  23: ['黑龙江', '黑龍江省', 'hei long jiang', [], ['黑']],
  31: ['上海', '上海市', 'shang hai', [], ['沪']],
  32: ['江苏', '江蘇省', 'jiang su', [], ['苏']],
  33: ['浙江', '浙江省', 'zhe jiang', [], ['浙']],
  34: ['安徽', '安徽省', 'an hui', [], ['皖']],
  35: ['福建', '福建省', 'fu jian', [], ['闽']],
  36: ['江西', '江西省', 'jiang xi', [], ['赣']],
  37: ['山东', '山東省', 'shan dong', [], ['鲁']],
  41: ['河南', '河南省', 'he nan', [], ['豫']],
  42: ['湖北', '湖北省', 'hu bei', [], ['鄂']],
  43: ['湖南', '湖南省', 'hu nan', [], ['湘']],
  44: ['广东', '廣東省', 'guang dong', [], ['粤']],
  45: ['广西', '廣西壯族自治區', 'guang xi', [], ['桂']],
  46: ['海南', '海南省', 'hai nan', [], ['琼']],
  50: ['重庆', '重慶市', 'chong qing', [], ['渝']],
  51: ['四川', '四川省', 'si chuan', [], ['川', '蜀']],
  52: ['贵州', '貴州省', 'gui zhou', [], ['黔', '贵']],
  53: ['云南', '雲南省', 'yun nan', [], ['滇', '云']],
  54: ['西藏', '西藏自治區', 'xi zang', [], ['藏']],
  // 陕西 is officially romanised "Shaanxi" to tell it from 山西; people type either.
  61: ['陕西', '陝西省', 'shan xi', ['shaanxi'], ['陕', '秦']],
  62: ['甘肃', '甘肅省', 'gan su', [], ['甘', '陇']],
  63: ['青海', '青海省', 'qing hai', [], ['青']],
  64: ['宁夏', '寧夏回族自治區', 'ning xia', [], ['宁']],
  65: ['新疆', '新疆維吾爾自治區', 'xin jiang', [], ['新']],
};

const kinds = new Set(['app', 'miniprogram', 'web', 'hotline', 'offline']);
const confidences = new Set(['high', 'medium', 'low']);
// Who publishes the source page (judged by its host): see regional-channels.md. null = no address recorded.
const sourceKinds = new Set(['gov', 'official-media', 'official-app', 'news', 'aggregator']);

function fail(message) {
  console.error(`import-regions: ${message}`);
  process.exit(1);
}

const source = JSON.parse(readFileSync(sourcePath, 'utf8'));
if (!Array.isArray(source.regions)) fail('no regions array');

function channelOf(regionCode, channel, index) {
  const id = `${regionCode}-${index + 1}`;
  if (!kinds.has(channel.kind)) fail(`${id}: unknown kind ${channel.kind}`);
  if (!confidences.has(channel.confidence)) fail(`${id}: unknown confidence ${channel.confidence}`);
  // A missing address is kept as null (the screen says so) rather than invented.
  if (channel.source_url !== null && !/^https?:\/\//.test(channel.source_url)) fail(`${id}: odd source URL`);
  if (channel.source_url === null) console.warn(`import-regions: ${id} has no source URL`);
  if (channel.source_kind === undefined) fail(`${id}: no source_kind (is the research file older than 2026-12-05?)`);
  if (channel.source_kind !== null && !sourceKinds.has(channel.source_kind)) fail(`${id}: unknown source_kind ${channel.source_kind}`);
  if ((channel.source_kind === null) !== (channel.source_url === null)) fail(`${id}: source_kind and source_url must both be set or both null`);
  const secondary = channel.secondary_source_url ?? null;
  if (secondary !== null && !/^https?:\/\//.test(secondary)) fail(`${id}: odd secondary source URL`);
  if (channel.source_date !== null && !/^\d{4}(-\d{2}(-\d{2})?)?$/.test(channel.source_date)) {
    fail(`${id}: odd source date ${channel.source_date}`);
  }
  return {
    id,
    nameZh: channel.name_zh,
    kind: channel.kind,
    notesZh: channel.notes_zh,
    sourceUrl: channel.source_url,
    sourceDate: channel.source_date,
    sourceKind: channel.source_kind,
    secondarySourceUrl: secondary,
    confidence: channel.confidence,
  };
}

let national = null;
const regions = [];
for (const entry of source.regions) {
  const channels = entry.channels.map((c, i) => channelOf(entry.code, c, i));
  if (entry.code === '00') {
    national = {
      code: '00',
      nameZh: entry.name_zh,
      nameEn: entry.name_en,
      channels,
      cycleNotesZh: entry.cycle_notes_zh ?? null,
      caveatEn: entry.note ?? null,
    };
    continue;
  }
  const row = names[entry.code];
  if (!row) fail(`no name table row for region ${entry.code}`);
  const [shortNameZh, nameZhTw, pinyinSyllables, aliases, abbreviations] = row;
  const syllables = pinyinSyllables.split(' ');
  regions.push({
    code: entry.code,
    nameZh: entry.name_zh,
    shortNameZh,
    nameZhTw,
    nameEn: entry.name_en,
    pinyin: syllables.join(''),
    initials: syllables.map((s) => s[0]).join(''),
    pinyinAliases: aliases,
    abbreviations,
    channels,
    cycleNotesZh: entry.cycle_notes_zh ?? null,
    caveatEn: entry.note ?? null,
  });
}
if (!national) fail('no national entry (code 00)');
if (regions.length !== 31) fail(`expected 31 regions, got ${regions.length}`);

const header = `// GENERATED by scripts/import-regions.mjs from shared/reference/regional-channels.json
// (${source.compiled}). Do not edit by hand: fix the research file and run the script again.
import type { NationalChannels, Region } from '../model/region';
`;
const body = `
export const national: NationalChannels = ${JSON.stringify(national, null, 2)};

export const regions: readonly Region[] = ${JSON.stringify(regions, null, 2)};
`;
if (checkOnly) {
  const current = readFileSync(outputPath, 'utf8');
  if (current !== header + body) fail(`${path.relative(root, outputPath)} is out of date: run node scripts/import-regions.mjs`);
  console.log('import-regions: regions.ts is up to date');
  process.exit(0);
}
writeFileSync(outputPath, header + body);
console.log(`import-regions: wrote ${regions.length} regions and ${national.channels.length} national channels to ${path.relative(root, outputPath)}`);
