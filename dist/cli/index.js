#!/usr/bin/env node
import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 181:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("buffer");

/***/ }),

/***/ 932:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("process");

/***/ }),

/***/ 7349:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);
var YAMLMap = __nccwpck_require__(4454);
var YAMLSeq = __nccwpck_require__(2223);
var resolveBlockMap = __nccwpck_require__(7103);
var resolveBlockSeq = __nccwpck_require__(334);
var resolveFlowCollection = __nccwpck_require__(3142);

function resolveCollection(CN, ctx, token, onError, tagName, tag) {
    const coll = token.type === 'block-map'
        ? resolveBlockMap.resolveBlockMap(CN, ctx, token, onError, tag)
        : token.type === 'block-seq'
            ? resolveBlockSeq.resolveBlockSeq(CN, ctx, token, onError, tag)
            : resolveFlowCollection.resolveFlowCollection(CN, ctx, token, onError, tag);
    const Coll = coll.constructor;
    // If we got a tagName matching the class, or the tag name is '!',
    // then use the tagName from the node class used to create it.
    if (tagName === '!' || tagName === Coll.tagName) {
        coll.tag = Coll.tagName;
        return coll;
    }
    if (tagName)
        coll.tag = tagName;
    return coll;
}
function composeCollection(CN, ctx, token, props, onError) {
    const tagToken = props.tag;
    const tagName = !tagToken
        ? null
        : ctx.directives.tagName(tagToken.source, msg => onError(tagToken, 'TAG_RESOLVE_FAILED', msg));
    if (token.type === 'block-seq') {
        const { anchor, newlineAfterProp: nl } = props;
        const lastProp = anchor && tagToken
            ? anchor.offset > tagToken.offset
                ? anchor
                : tagToken
            : (anchor ?? tagToken);
        if (lastProp && (!nl || nl.offset < lastProp.offset)) {
            const message = 'Missing newline after block sequence props';
            onError(lastProp, 'MISSING_CHAR', message);
        }
    }
    const expType = token.type === 'block-map'
        ? 'map'
        : token.type === 'block-seq'
            ? 'seq'
            : token.start.source === '{'
                ? 'map'
                : 'seq';
    // shortcut: check if it's a generic YAMLMap or YAMLSeq
    // before jumping into the custom tag logic.
    if (!tagToken ||
        !tagName ||
        tagName === '!' ||
        (tagName === YAMLMap.YAMLMap.tagName && expType === 'map') ||
        (tagName === YAMLSeq.YAMLSeq.tagName && expType === 'seq')) {
        return resolveCollection(CN, ctx, token, onError, tagName);
    }
    let tag = ctx.schema.tags.find(t => t.tag === tagName && t.collection === expType);
    if (!tag) {
        const kt = ctx.schema.knownTags[tagName];
        if (kt?.collection === expType) {
            ctx.schema.tags.push(Object.assign({}, kt, { default: false }));
            tag = kt;
        }
        else {
            if (kt) {
                onError(tagToken, 'BAD_COLLECTION_TYPE', `${kt.tag} used for ${expType} collection, but expects ${kt.collection ?? 'scalar'}`, true);
            }
            else {
                onError(tagToken, 'TAG_RESOLVE_FAILED', `Unresolved tag: ${tagName}`, true);
            }
            return resolveCollection(CN, ctx, token, onError, tagName);
        }
    }
    const coll = resolveCollection(CN, ctx, token, onError, tagName, tag);
    const res = tag.resolve?.(coll, msg => onError(tagToken, 'TAG_RESOLVE_FAILED', msg), ctx.options) ?? coll;
    const node = identity.isNode(res)
        ? res
        : new Scalar.Scalar(res);
    node.range = coll.range;
    node.tag = tagName;
    if (tag?.format)
        node.format = tag.format;
    return node;
}

exports.composeCollection = composeCollection;


/***/ }),

/***/ 3683:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Document = __nccwpck_require__(3021);
var composeNode = __nccwpck_require__(5937);
var resolveEnd = __nccwpck_require__(7788);
var resolveProps = __nccwpck_require__(4631);

function composeDoc(options, directives, { offset, start, value, end }, onError) {
    const opts = Object.assign({ _directives: directives }, options);
    const doc = new Document.Document(undefined, opts);
    const ctx = {
        atKey: false,
        atRoot: true,
        directives: doc.directives,
        options: doc.options,
        schema: doc.schema
    };
    const props = resolveProps.resolveProps(start, {
        indicator: 'doc-start',
        next: value ?? end?.[0],
        offset,
        onError,
        parentIndent: 0,
        startOnNewline: true
    });
    if (props.found) {
        doc.directives.docStart = true;
        if (value &&
            (value.type === 'block-map' || value.type === 'block-seq') &&
            !props.hasNewline)
            onError(props.end, 'MISSING_CHAR', 'Block collection cannot start on same line with directives-end marker');
    }
    // @ts-expect-error If Contents is set, let's trust the user
    doc.contents = value
        ? composeNode.composeNode(ctx, value, props, onError)
        : composeNode.composeEmptyNode(ctx, props.end, start, null, props, onError);
    const contentEnd = doc.contents.range[2];
    const re = resolveEnd.resolveEnd(end, contentEnd, false, onError);
    if (re.comment)
        doc.comment = re.comment;
    doc.range = [offset, contentEnd, re.offset];
    return doc;
}

exports.composeDoc = composeDoc;


/***/ }),

/***/ 5937:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Alias = __nccwpck_require__(4065);
var identity = __nccwpck_require__(1127);
var composeCollection = __nccwpck_require__(7349);
var composeScalar = __nccwpck_require__(5413);
var resolveEnd = __nccwpck_require__(7788);
var utilEmptyScalarPosition = __nccwpck_require__(2599);

const CN = { composeNode, composeEmptyNode };
function composeNode(ctx, token, props, onError) {
    const atKey = ctx.atKey;
    const { spaceBefore, comment, anchor, tag } = props;
    let node;
    let isSrcToken = true;
    switch (token.type) {
        case 'alias':
            node = composeAlias(ctx, token, onError);
            if (anchor || tag)
                onError(token, 'ALIAS_PROPS', 'An alias node must not specify any properties');
            break;
        case 'scalar':
        case 'single-quoted-scalar':
        case 'double-quoted-scalar':
        case 'block-scalar':
            node = composeScalar.composeScalar(ctx, token, tag, onError);
            if (anchor)
                node.anchor = anchor.source.substring(1);
            break;
        case 'block-map':
        case 'block-seq':
        case 'flow-collection':
            try {
                node = composeCollection.composeCollection(CN, ctx, token, props, onError);
                if (anchor)
                    node.anchor = anchor.source.substring(1);
            }
            catch (error) {
                // Almost certainly here due to a stack overflow
                const message = error instanceof Error ? error.message : String(error);
                onError(token, 'RESOURCE_EXHAUSTION', message);
            }
            break;
        default: {
            const message = token.type === 'error'
                ? token.message
                : `Unsupported token (type: ${token.type})`;
            onError(token, 'UNEXPECTED_TOKEN', message);
            isSrcToken = false;
        }
    }
    node ?? (node = composeEmptyNode(ctx, token.offset, undefined, null, props, onError));
    if (anchor && node.anchor === '')
        onError(anchor, 'BAD_ALIAS', 'Anchor cannot be an empty string');
    if (atKey &&
        ctx.options.stringKeys &&
        (!identity.isScalar(node) ||
            typeof node.value !== 'string' ||
            (node.tag && node.tag !== 'tag:yaml.org,2002:str'))) {
        const msg = 'With stringKeys, all keys must be strings';
        onError(tag ?? token, 'NON_STRING_KEY', msg);
    }
    if (spaceBefore)
        node.spaceBefore = true;
    if (comment) {
        if (token.type === 'scalar' && token.source === '')
            node.comment = comment;
        else
            node.commentBefore = comment;
    }
    // @ts-expect-error Type checking misses meaning of isSrcToken
    if (ctx.options.keepSourceTokens && isSrcToken)
        node.srcToken = token;
    return node;
}
function composeEmptyNode(ctx, offset, before, pos, { spaceBefore, comment, anchor, tag, end }, onError) {
    const token = {
        type: 'scalar',
        offset: utilEmptyScalarPosition.emptyScalarPosition(offset, before, pos),
        indent: -1,
        source: ''
    };
    const node = composeScalar.composeScalar(ctx, token, tag, onError);
    if (anchor) {
        node.anchor = anchor.source.substring(1);
        if (node.anchor === '')
            onError(anchor, 'BAD_ALIAS', 'Anchor cannot be an empty string');
    }
    if (spaceBefore)
        node.spaceBefore = true;
    if (comment) {
        node.comment = comment;
        node.range[2] = end;
    }
    return node;
}
function composeAlias({ options }, { offset, source, end }, onError) {
    const alias = new Alias.Alias(source.substring(1));
    if (alias.source === '')
        onError(offset, 'BAD_ALIAS', 'Alias cannot be an empty string');
    if (alias.source.endsWith(':'))
        onError(offset + source.length - 1, 'BAD_ALIAS', 'Alias ending in : is ambiguous', true);
    const valueEnd = offset + source.length;
    const re = resolveEnd.resolveEnd(end, valueEnd, options.strict, onError);
    alias.range = [offset, valueEnd, re.offset];
    if (re.comment)
        alias.comment = re.comment;
    return alias;
}

exports.composeEmptyNode = composeEmptyNode;
exports.composeNode = composeNode;


/***/ }),

/***/ 5413:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);
var resolveBlockScalar = __nccwpck_require__(8913);
var resolveFlowScalar = __nccwpck_require__(6842);

function composeScalar(ctx, token, tagToken, onError) {
    const { value, type, comment, range } = token.type === 'block-scalar'
        ? resolveBlockScalar.resolveBlockScalar(ctx, token, onError)
        : resolveFlowScalar.resolveFlowScalar(token, ctx.options.strict, onError);
    const tagName = tagToken
        ? ctx.directives.tagName(tagToken.source, msg => onError(tagToken, 'TAG_RESOLVE_FAILED', msg))
        : null;
    let tag;
    if (ctx.options.stringKeys && ctx.atKey) {
        tag = ctx.schema[identity.SCALAR];
    }
    else if (tagName)
        tag = findScalarTagByName(ctx.schema, value, tagName, tagToken, onError);
    else if (token.type === 'scalar')
        tag = findScalarTagByTest(ctx, value, token, onError);
    else
        tag = ctx.schema[identity.SCALAR];
    let scalar;
    try {
        const res = tag.resolve(value, msg => onError(tagToken ?? token, 'TAG_RESOLVE_FAILED', msg), ctx.options);
        scalar = identity.isScalar(res) ? res : new Scalar.Scalar(res);
    }
    catch (error) {
        const msg = error instanceof Error ? error.message : String(error);
        onError(tagToken ?? token, 'TAG_RESOLVE_FAILED', msg);
        scalar = new Scalar.Scalar(value);
    }
    scalar.range = range;
    scalar.source = value;
    if (type)
        scalar.type = type;
    if (tagName)
        scalar.tag = tagName;
    if (tag.format)
        scalar.format = tag.format;
    if (comment)
        scalar.comment = comment;
    return scalar;
}
function findScalarTagByName(schema, value, tagName, tagToken, onError) {
    if (tagName === '!')
        return schema[identity.SCALAR]; // non-specific tag
    const matchWithTest = [];
    for (const tag of schema.tags) {
        if (!tag.collection && tag.tag === tagName) {
            if (tag.default && tag.test)
                matchWithTest.push(tag);
            else
                return tag;
        }
    }
    for (const tag of matchWithTest)
        if (tag.test?.test(value))
            return tag;
    const kt = schema.knownTags[tagName];
    if (kt && !kt.collection) {
        // Ensure that the known tag is available for stringifying,
        // but does not get used by default.
        schema.tags.push(Object.assign({}, kt, { default: false, test: undefined }));
        return kt;
    }
    onError(tagToken, 'TAG_RESOLVE_FAILED', `Unresolved tag: ${tagName}`, tagName !== 'tag:yaml.org,2002:str');
    return schema[identity.SCALAR];
}
function findScalarTagByTest({ atKey, directives, schema }, value, token, onError) {
    const tag = schema.tags.find(tag => (tag.default === true || (atKey && tag.default === 'key')) &&
        tag.test?.test(value)) || schema[identity.SCALAR];
    if (schema.compat) {
        const compat = schema.compat.find(tag => tag.default && tag.test?.test(value)) ??
            schema[identity.SCALAR];
        if (tag.tag !== compat.tag) {
            const ts = directives.tagString(tag.tag);
            const cs = directives.tagString(compat.tag);
            const msg = `Value may be parsed as either ${ts} or ${cs}`;
            onError(token, 'TAG_RESOLVE_FAILED', msg, true);
        }
    }
    return tag;
}

exports.composeScalar = composeScalar;


/***/ }),

/***/ 9984:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var node_process = __nccwpck_require__(932);
var directives = __nccwpck_require__(1342);
var Document = __nccwpck_require__(3021);
var errors = __nccwpck_require__(1464);
var identity = __nccwpck_require__(1127);
var composeDoc = __nccwpck_require__(3683);
var resolveEnd = __nccwpck_require__(7788);

function getErrorPos(src) {
    if (typeof src === 'number')
        return [src, src + 1];
    if (Array.isArray(src))
        return src.length === 2 ? src : [src[0], src[1]];
    const { offset, source } = src;
    return [offset, offset + (typeof source === 'string' ? source.length : 1)];
}
function parsePrelude(prelude) {
    let comment = '';
    let atComment = false;
    let afterEmptyLine = false;
    for (let i = 0; i < prelude.length; ++i) {
        const source = prelude[i];
        switch (source[0]) {
            case '#':
                comment +=
                    (comment === '' ? '' : afterEmptyLine ? '\n\n' : '\n') +
                        (source.substring(1) || ' ');
                atComment = true;
                afterEmptyLine = false;
                break;
            case '%':
                if (prelude[i + 1]?.[0] !== '#')
                    i += 1;
                atComment = false;
                break;
            default:
                // This may be wrong after doc-end, but in that case it doesn't matter
                if (!atComment)
                    afterEmptyLine = true;
                atComment = false;
        }
    }
    return { comment, afterEmptyLine };
}
/**
 * Compose a stream of CST nodes into a stream of YAML Documents.
 *
 * ```ts
 * import { Composer, Parser } from 'yaml'
 *
 * const src: string = ...
 * const tokens = new Parser().parse(src)
 * const docs = new Composer().compose(tokens)
 * ```
 */
class Composer {
    constructor(options = {}) {
        this.doc = null;
        this.atDirectives = false;
        this.prelude = [];
        this.errors = [];
        this.warnings = [];
        this.onError = (source, code, message, warning) => {
            const pos = getErrorPos(source);
            if (warning)
                this.warnings.push(new errors.YAMLWarning(pos, code, message));
            else
                this.errors.push(new errors.YAMLParseError(pos, code, message));
        };
        // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
        this.directives = new directives.Directives({ version: options.version || '1.2' });
        this.options = options;
    }
    decorate(doc, afterDoc) {
        const { comment, afterEmptyLine } = parsePrelude(this.prelude);
        //console.log({ dc: doc.comment, prelude, comment })
        if (comment) {
            const dc = doc.contents;
            if (afterDoc) {
                doc.comment = doc.comment ? `${doc.comment}\n${comment}` : comment;
            }
            else if (afterEmptyLine || doc.directives.docStart || !dc) {
                doc.commentBefore = comment;
            }
            else if (identity.isCollection(dc) && !dc.flow && dc.items.length > 0) {
                let it = dc.items[0];
                if (identity.isPair(it))
                    it = it.key;
                const cb = it.commentBefore;
                it.commentBefore = cb ? `${comment}\n${cb}` : comment;
            }
            else {
                const cb = dc.commentBefore;
                dc.commentBefore = cb ? `${comment}\n${cb}` : comment;
            }
        }
        if (afterDoc) {
            for (let i = 0; i < this.errors.length; ++i)
                doc.errors.push(this.errors[i]);
            for (let i = 0; i < this.warnings.length; ++i)
                doc.warnings.push(this.warnings[i]);
        }
        else {
            doc.errors = this.errors;
            doc.warnings = this.warnings;
        }
        this.prelude = [];
        this.errors = [];
        this.warnings = [];
    }
    /**
     * Current stream status information.
     *
     * Mostly useful at the end of input for an empty stream.
     */
    streamInfo() {
        return {
            comment: parsePrelude(this.prelude).comment,
            directives: this.directives,
            errors: this.errors,
            warnings: this.warnings
        };
    }
    /**
     * Compose tokens into documents.
     *
     * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
     * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
     */
    *compose(tokens, forceDoc = false, endOffset = -1) {
        for (const token of tokens)
            yield* this.next(token);
        yield* this.end(forceDoc, endOffset);
    }
    /** Advance the composer by one CST token. */
    *next(token) {
        if (node_process.env.LOG_STREAM)
            console.dir(token, { depth: null });
        switch (token.type) {
            case 'directive':
                this.directives.add(token.source, (offset, message, warning) => {
                    const pos = getErrorPos(token);
                    pos[0] += offset;
                    this.onError(pos, 'BAD_DIRECTIVE', message, warning);
                });
                this.prelude.push(token.source);
                this.atDirectives = true;
                break;
            case 'document': {
                const doc = composeDoc.composeDoc(this.options, this.directives, token, this.onError);
                if (this.atDirectives && !doc.directives.docStart)
                    this.onError(token, 'MISSING_CHAR', 'Missing directives-end/doc-start indicator line');
                this.decorate(doc, false);
                if (this.doc)
                    yield this.doc;
                this.doc = doc;
                this.atDirectives = false;
                break;
            }
            case 'byte-order-mark':
            case 'space':
                break;
            case 'comment':
            case 'newline':
                this.prelude.push(token.source);
                break;
            case 'error': {
                const msg = token.source
                    ? `${token.message}: ${JSON.stringify(token.source)}`
                    : token.message;
                const error = new errors.YAMLParseError(getErrorPos(token), 'UNEXPECTED_TOKEN', msg);
                if (this.atDirectives || !this.doc)
                    this.errors.push(error);
                else
                    this.doc.errors.push(error);
                break;
            }
            case 'doc-end': {
                if (!this.doc) {
                    const msg = 'Unexpected doc-end without preceding document';
                    this.errors.push(new errors.YAMLParseError(getErrorPos(token), 'UNEXPECTED_TOKEN', msg));
                    break;
                }
                this.doc.directives.docEnd = true;
                const end = resolveEnd.resolveEnd(token.end, token.offset + token.source.length, this.doc.options.strict, this.onError);
                this.decorate(this.doc, true);
                if (end.comment) {
                    const dc = this.doc.comment;
                    this.doc.comment = dc ? `${dc}\n${end.comment}` : end.comment;
                }
                this.doc.range[2] = end.offset;
                break;
            }
            default:
                this.errors.push(new errors.YAMLParseError(getErrorPos(token), 'UNEXPECTED_TOKEN', `Unsupported token ${token.type}`));
        }
    }
    /**
     * Call at end of input to yield any remaining document.
     *
     * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
     * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
     */
    *end(forceDoc = false, endOffset = -1) {
        if (this.doc) {
            this.decorate(this.doc, true);
            yield this.doc;
            this.doc = null;
        }
        else if (forceDoc) {
            const opts = Object.assign({ _directives: this.directives }, this.options);
            const doc = new Document.Document(undefined, opts);
            if (this.atDirectives)
                this.onError(endOffset, 'MISSING_CHAR', 'Missing directives-end indicator line');
            doc.range = [0, endOffset, endOffset];
            this.decorate(doc, false);
            yield doc;
        }
    }
}

exports.Composer = Composer;


/***/ }),

/***/ 7103:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Pair = __nccwpck_require__(7165);
var YAMLMap = __nccwpck_require__(4454);
var resolveProps = __nccwpck_require__(4631);
var utilContainsNewline = __nccwpck_require__(9499);
var utilFlowIndentCheck = __nccwpck_require__(4051);
var utilMapIncludes = __nccwpck_require__(1187);

const startColMsg = 'All mapping items must start at the same column';
function resolveBlockMap({ composeNode, composeEmptyNode }, ctx, bm, onError, tag) {
    const NodeClass = tag?.nodeClass ?? YAMLMap.YAMLMap;
    const map = new NodeClass(ctx.schema);
    if (ctx.atRoot)
        ctx.atRoot = false;
    let offset = bm.offset;
    let commentEnd = null;
    for (const collItem of bm.items) {
        const { start, key, sep, value } = collItem;
        // key properties
        const keyProps = resolveProps.resolveProps(start, {
            indicator: 'explicit-key-ind',
            next: key ?? sep?.[0],
            offset,
            onError,
            parentIndent: bm.indent,
            startOnNewline: true
        });
        const implicitKey = !keyProps.found;
        if (implicitKey) {
            if (key) {
                if (key.type === 'block-seq')
                    onError(offset, 'BLOCK_AS_IMPLICIT_KEY', 'A block sequence may not be used as an implicit map key');
                else if ('indent' in key && key.indent !== bm.indent)
                    onError(offset, 'BAD_INDENT', startColMsg);
            }
            if (!keyProps.anchor && !keyProps.tag && !sep) {
                commentEnd = keyProps.end;
                if (keyProps.comment) {
                    if (map.comment)
                        map.comment += '\n' + keyProps.comment;
                    else
                        map.comment = keyProps.comment;
                }
                continue;
            }
            if (keyProps.newlineAfterProp || utilContainsNewline.containsNewline(key)) {
                onError(key ?? start[start.length - 1], 'MULTILINE_IMPLICIT_KEY', 'Implicit keys need to be on a single line');
            }
        }
        else if (keyProps.found?.indent !== bm.indent) {
            onError(offset, 'BAD_INDENT', startColMsg);
        }
        // key value
        ctx.atKey = true;
        const keyStart = keyProps.end;
        const keyNode = key
            ? composeNode(ctx, key, keyProps, onError)
            : composeEmptyNode(ctx, keyStart, start, null, keyProps, onError);
        if (ctx.schema.compat)
            utilFlowIndentCheck.flowIndentCheck(bm.indent, key, onError);
        ctx.atKey = false;
        if (utilMapIncludes.mapIncludes(ctx, map.items, keyNode))
            onError(keyStart, 'DUPLICATE_KEY', 'Map keys must be unique');
        // value properties
        const valueProps = resolveProps.resolveProps(sep ?? [], {
            indicator: 'map-value-ind',
            next: value,
            offset: keyNode.range[2],
            onError,
            parentIndent: bm.indent,
            startOnNewline: !key || key.type === 'block-scalar'
        });
        offset = valueProps.end;
        if (valueProps.found) {
            if (implicitKey) {
                if (value?.type === 'block-map' && !valueProps.hasNewline)
                    onError(offset, 'BLOCK_AS_IMPLICIT_KEY', 'Nested mappings are not allowed in compact mappings');
                if (ctx.options.strict &&
                    keyProps.start < valueProps.found.offset - 1024)
                    onError(keyNode.range, 'KEY_OVER_1024_CHARS', 'The : indicator must be at most 1024 chars after the start of an implicit block mapping key');
            }
            // value value
            const valueNode = value
                ? composeNode(ctx, value, valueProps, onError)
                : composeEmptyNode(ctx, offset, sep, null, valueProps, onError);
            if (ctx.schema.compat)
                utilFlowIndentCheck.flowIndentCheck(bm.indent, value, onError);
            offset = valueNode.range[2];
            const pair = new Pair.Pair(keyNode, valueNode);
            if (ctx.options.keepSourceTokens)
                pair.srcToken = collItem;
            map.items.push(pair);
        }
        else {
            // key with no value
            if (implicitKey)
                onError(keyNode.range, 'MISSING_CHAR', 'Implicit map keys need to be followed by map values');
            if (valueProps.comment) {
                if (keyNode.comment)
                    keyNode.comment += '\n' + valueProps.comment;
                else
                    keyNode.comment = valueProps.comment;
            }
            const pair = new Pair.Pair(keyNode);
            if (ctx.options.keepSourceTokens)
                pair.srcToken = collItem;
            map.items.push(pair);
        }
    }
    if (commentEnd && commentEnd < offset)
        onError(commentEnd, 'IMPOSSIBLE', 'Map comment with trailing content');
    map.range = [bm.offset, offset, commentEnd ?? offset];
    return map;
}

exports.resolveBlockMap = resolveBlockMap;


/***/ }),

/***/ 8913:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);

function resolveBlockScalar(ctx, scalar, onError) {
    const start = scalar.offset;
    const header = parseBlockScalarHeader(scalar, ctx.options.strict, onError);
    if (!header)
        return { value: '', type: null, comment: '', range: [start, start, start] };
    const type = header.mode === '>' ? Scalar.Scalar.BLOCK_FOLDED : Scalar.Scalar.BLOCK_LITERAL;
    const lines = scalar.source ? splitLines(scalar.source) : [];
    // determine the end of content & start of chomping
    let chompStart = lines.length;
    for (let i = lines.length - 1; i >= 0; --i) {
        const content = lines[i][1];
        if (content === '' || content === '\r')
            chompStart = i;
        else
            break;
    }
    // shortcut for empty contents
    if (chompStart === 0) {
        const value = header.chomp === '+' && lines.length > 0
            ? '\n'.repeat(Math.max(1, lines.length - 1))
            : '';
        let end = start + header.length;
        if (scalar.source)
            end += scalar.source.length;
        return { value, type, comment: header.comment, range: [start, end, end] };
    }
    // find the indentation level to trim from start
    let trimIndent = scalar.indent + header.indent;
    let offset = scalar.offset + header.length;
    let contentStart = 0;
    for (let i = 0; i < chompStart; ++i) {
        const [indent, content] = lines[i];
        if (content === '' || content === '\r') {
            if (header.indent === 0 && indent.length > trimIndent)
                trimIndent = indent.length;
        }
        else {
            if (indent.length < trimIndent) {
                const message = 'Block scalars with more-indented leading empty lines must use an explicit indentation indicator';
                onError(offset + indent.length, 'MISSING_CHAR', message);
            }
            if (header.indent === 0)
                trimIndent = indent.length;
            contentStart = i;
            if (trimIndent === 0 && !ctx.atRoot) {
                const message = 'Block scalar values in collections must be indented';
                onError(offset, 'BAD_INDENT', message);
            }
            break;
        }
        offset += indent.length + content.length + 1;
    }
    // include trailing more-indented empty lines in content
    for (let i = lines.length - 1; i >= chompStart; --i) {
        if (lines[i][0].length > trimIndent)
            chompStart = i + 1;
    }
    let value = '';
    let sep = '';
    let prevMoreIndented = false;
    // leading whitespace is kept intact
    for (let i = 0; i < contentStart; ++i)
        value += lines[i][0].slice(trimIndent) + '\n';
    for (let i = contentStart; i < chompStart; ++i) {
        let [indent, content] = lines[i];
        offset += indent.length + content.length + 1;
        const crlf = content[content.length - 1] === '\r';
        if (crlf)
            content = content.slice(0, -1);
        /* istanbul ignore if already caught in lexer */
        if (content && indent.length < trimIndent) {
            const src = header.indent
                ? 'explicit indentation indicator'
                : 'first line';
            const message = `Block scalar lines must not be less indented than their ${src}`;
            onError(offset - content.length - (crlf ? 2 : 1), 'BAD_INDENT', message);
            indent = '';
        }
        if (type === Scalar.Scalar.BLOCK_LITERAL) {
            value += sep + indent.slice(trimIndent) + content;
            sep = '\n';
        }
        else if (indent.length > trimIndent || content[0] === '\t') {
            // more-indented content within a folded block
            if (sep === ' ')
                sep = '\n';
            else if (!prevMoreIndented && sep === '\n')
                sep = '\n\n';
            value += sep + indent.slice(trimIndent) + content;
            sep = '\n';
            prevMoreIndented = true;
        }
        else if (content === '') {
            // empty line
            if (sep === '\n')
                value += '\n';
            else
                sep = '\n';
        }
        else {
            value += sep + content;
            sep = ' ';
            prevMoreIndented = false;
        }
    }
    switch (header.chomp) {
        case '-':
            break;
        case '+':
            for (let i = chompStart; i < lines.length; ++i)
                value += '\n' + lines[i][0].slice(trimIndent);
            if (value[value.length - 1] !== '\n')
                value += '\n';
            break;
        default:
            value += '\n';
    }
    const end = start + header.length + scalar.source.length;
    return { value, type, comment: header.comment, range: [start, end, end] };
}
function parseBlockScalarHeader({ offset, props }, strict, onError) {
    /* istanbul ignore if should not happen */
    if (props[0].type !== 'block-scalar-header') {
        onError(props[0], 'IMPOSSIBLE', 'Block scalar header not found');
        return null;
    }
    const { source } = props[0];
    const mode = source[0];
    let indent = 0;
    let chomp = '';
    let error = -1;
    for (let i = 1; i < source.length; ++i) {
        const ch = source[i];
        if (!chomp && (ch === '-' || ch === '+'))
            chomp = ch;
        else {
            const n = Number(ch);
            if (!indent && n)
                indent = n;
            else if (error === -1)
                error = offset + i;
        }
    }
    if (error !== -1)
        onError(error, 'UNEXPECTED_TOKEN', `Block scalar header includes extra characters: ${source}`);
    let hasSpace = false;
    let comment = '';
    let length = source.length;
    for (let i = 1; i < props.length; ++i) {
        const token = props[i];
        switch (token.type) {
            case 'space':
                hasSpace = true;
            // fallthrough
            case 'newline':
                length += token.source.length;
                break;
            case 'comment':
                if (strict && !hasSpace) {
                    const message = 'Comments must be separated from other tokens by white space characters';
                    onError(token, 'MISSING_CHAR', message);
                }
                length += token.source.length;
                comment = token.source.substring(1);
                break;
            case 'error':
                onError(token, 'UNEXPECTED_TOKEN', token.message);
                length += token.source.length;
                break;
            /* istanbul ignore next should not happen */
            default: {
                const message = `Unexpected token in block scalar header: ${token.type}`;
                onError(token, 'UNEXPECTED_TOKEN', message);
                const ts = token.source;
                if (ts && typeof ts === 'string')
                    length += ts.length;
            }
        }
    }
    return { mode, indent, chomp, comment, length };
}
/** @returns Array of lines split up as `[indent, content]` */
function splitLines(source) {
    const split = source.split(/\n( *)/);
    const first = split[0];
    const m = first.match(/^( *)/);
    const line0 = m?.[1]
        ? [m[1], first.slice(m[1].length)]
        : ['', first];
    const lines = [line0];
    for (let i = 1; i < split.length; i += 2)
        lines.push([split[i], split[i + 1]]);
    return lines;
}

exports.resolveBlockScalar = resolveBlockScalar;


/***/ }),

/***/ 334:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var YAMLSeq = __nccwpck_require__(2223);
var resolveProps = __nccwpck_require__(4631);
var utilFlowIndentCheck = __nccwpck_require__(4051);

function resolveBlockSeq({ composeNode, composeEmptyNode }, ctx, bs, onError, tag) {
    const NodeClass = tag?.nodeClass ?? YAMLSeq.YAMLSeq;
    const seq = new NodeClass(ctx.schema);
    if (ctx.atRoot)
        ctx.atRoot = false;
    if (ctx.atKey)
        ctx.atKey = false;
    let offset = bs.offset;
    let commentEnd = null;
    for (const { start, value } of bs.items) {
        const props = resolveProps.resolveProps(start, {
            indicator: 'seq-item-ind',
            next: value,
            offset,
            onError,
            parentIndent: bs.indent,
            startOnNewline: true
        });
        if (!props.found) {
            if (props.anchor || props.tag || value) {
                if (value?.type === 'block-seq')
                    onError(props.end, 'BAD_INDENT', 'All sequence items must start at the same column');
                else
                    onError(offset, 'MISSING_CHAR', 'Sequence item without - indicator');
            }
            else {
                commentEnd = props.end;
                if (props.comment)
                    seq.comment = props.comment;
                continue;
            }
        }
        const node = value
            ? composeNode(ctx, value, props, onError)
            : composeEmptyNode(ctx, props.end, start, null, props, onError);
        if (ctx.schema.compat)
            utilFlowIndentCheck.flowIndentCheck(bs.indent, value, onError);
        offset = node.range[2];
        seq.items.push(node);
    }
    seq.range = [bs.offset, offset, commentEnd ?? offset];
    return seq;
}

exports.resolveBlockSeq = resolveBlockSeq;


/***/ }),

/***/ 7788:
/***/ ((__unused_webpack_module, exports) => {



function resolveEnd(end, offset, reqSpace, onError) {
    let comment = '';
    if (end) {
        let hasSpace = false;
        let sep = '';
        for (const token of end) {
            const { source, type } = token;
            switch (type) {
                case 'space':
                    hasSpace = true;
                    break;
                case 'comment': {
                    if (reqSpace && !hasSpace)
                        onError(token, 'MISSING_CHAR', 'Comments must be separated from other tokens by white space characters');
                    const cb = source.substring(1) || ' ';
                    if (!comment)
                        comment = cb;
                    else
                        comment += sep + cb;
                    sep = '';
                    break;
                }
                case 'newline':
                    if (comment)
                        sep += source;
                    hasSpace = true;
                    break;
                default:
                    onError(token, 'UNEXPECTED_TOKEN', `Unexpected ${type} at node end`);
            }
            offset += source.length;
        }
    }
    return { comment, offset };
}

exports.resolveEnd = resolveEnd;


/***/ }),

/***/ 3142:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var YAMLMap = __nccwpck_require__(4454);
var YAMLSeq = __nccwpck_require__(2223);
var resolveEnd = __nccwpck_require__(7788);
var resolveProps = __nccwpck_require__(4631);
var utilContainsNewline = __nccwpck_require__(9499);
var utilMapIncludes = __nccwpck_require__(1187);

const blockMsg = 'Block collections are not allowed within flow collections';
const isBlock = (token) => token && (token.type === 'block-map' || token.type === 'block-seq');
function resolveFlowCollection({ composeNode, composeEmptyNode }, ctx, fc, onError, tag) {
    const isMap = fc.start.source === '{';
    const fcName = isMap ? 'flow map' : 'flow sequence';
    const NodeClass = (tag?.nodeClass ?? (isMap ? YAMLMap.YAMLMap : YAMLSeq.YAMLSeq));
    const coll = new NodeClass(ctx.schema);
    coll.flow = true;
    const atRoot = ctx.atRoot;
    if (atRoot)
        ctx.atRoot = false;
    if (ctx.atKey)
        ctx.atKey = false;
    let offset = fc.offset + fc.start.source.length;
    for (let i = 0; i < fc.items.length; ++i) {
        const collItem = fc.items[i];
        const { start, key, sep, value } = collItem;
        const props = resolveProps.resolveProps(start, {
            flow: fcName,
            indicator: 'explicit-key-ind',
            next: key ?? sep?.[0],
            offset,
            onError,
            parentIndent: fc.indent,
            startOnNewline: false
        });
        if (!props.found) {
            if (!props.anchor && !props.tag && !sep && !value) {
                if (i === 0 && props.comma)
                    onError(props.comma, 'UNEXPECTED_TOKEN', `Unexpected , in ${fcName}`);
                else if (i < fc.items.length - 1)
                    onError(props.start, 'UNEXPECTED_TOKEN', `Unexpected empty item in ${fcName}`);
                if (props.comment) {
                    if (coll.comment)
                        coll.comment += '\n' + props.comment;
                    else
                        coll.comment = props.comment;
                }
                offset = props.end;
                continue;
            }
            if (!isMap && ctx.options.strict && utilContainsNewline.containsNewline(key))
                onError(key, // checked by containsNewline()
                'MULTILINE_IMPLICIT_KEY', 'Implicit keys of flow sequence pairs need to be on a single line');
        }
        if (i === 0) {
            if (props.comma)
                onError(props.comma, 'UNEXPECTED_TOKEN', `Unexpected , in ${fcName}`);
        }
        else {
            if (!props.comma)
                onError(props.start, 'MISSING_CHAR', `Missing , between ${fcName} items`);
            if (props.comment) {
                let prevItemComment = '';
                loop: for (const st of start) {
                    switch (st.type) {
                        case 'comma':
                        case 'space':
                            break;
                        case 'comment':
                            prevItemComment = st.source.substring(1);
                            break loop;
                        default:
                            break loop;
                    }
                }
                if (prevItemComment) {
                    let prev = coll.items[coll.items.length - 1];
                    if (identity.isPair(prev))
                        prev = prev.value ?? prev.key;
                    if (prev.comment)
                        prev.comment += '\n' + prevItemComment;
                    else
                        prev.comment = prevItemComment;
                    props.comment = props.comment.substring(prevItemComment.length + 1);
                }
            }
        }
        if (!isMap && !sep && !props.found) {
            // item is a value in a seq
            // → key & sep are empty, start does not include ? or :
            const valueNode = value
                ? composeNode(ctx, value, props, onError)
                : composeEmptyNode(ctx, props.end, sep, null, props, onError);
            coll.items.push(valueNode);
            offset = valueNode.range[2];
            if (isBlock(value))
                onError(valueNode.range, 'BLOCK_IN_FLOW', blockMsg);
        }
        else {
            // item is a key+value pair
            // key value
            ctx.atKey = true;
            const keyStart = props.end;
            const keyNode = key
                ? composeNode(ctx, key, props, onError)
                : composeEmptyNode(ctx, keyStart, start, null, props, onError);
            if (isBlock(key))
                onError(keyNode.range, 'BLOCK_IN_FLOW', blockMsg);
            ctx.atKey = false;
            // value properties
            const valueProps = resolveProps.resolveProps(sep ?? [], {
                flow: fcName,
                indicator: 'map-value-ind',
                next: value,
                offset: keyNode.range[2],
                onError,
                parentIndent: fc.indent,
                startOnNewline: false
            });
            if (valueProps.found) {
                if (!isMap && !props.found && ctx.options.strict) {
                    if (sep)
                        for (const st of sep) {
                            if (st === valueProps.found)
                                break;
                            if (st.type === 'newline') {
                                onError(st, 'MULTILINE_IMPLICIT_KEY', 'Implicit keys of flow sequence pairs need to be on a single line');
                                break;
                            }
                        }
                    if (props.start < valueProps.found.offset - 1024)
                        onError(valueProps.found, 'KEY_OVER_1024_CHARS', 'The : indicator must be at most 1024 chars after the start of an implicit flow sequence key');
                }
            }
            else if (value) {
                if ('source' in value && value.source?.[0] === ':')
                    onError(value, 'MISSING_CHAR', `Missing space after : in ${fcName}`);
                else
                    onError(valueProps.start, 'MISSING_CHAR', `Missing , or : between ${fcName} items`);
            }
            // value value
            const valueNode = value
                ? composeNode(ctx, value, valueProps, onError)
                : valueProps.found
                    ? composeEmptyNode(ctx, valueProps.end, sep, null, valueProps, onError)
                    : null;
            if (valueNode) {
                if (isBlock(value))
                    onError(valueNode.range, 'BLOCK_IN_FLOW', blockMsg);
            }
            else if (valueProps.comment) {
                if (keyNode.comment)
                    keyNode.comment += '\n' + valueProps.comment;
                else
                    keyNode.comment = valueProps.comment;
            }
            const pair = new Pair.Pair(keyNode, valueNode);
            if (ctx.options.keepSourceTokens)
                pair.srcToken = collItem;
            if (isMap) {
                const map = coll;
                if (utilMapIncludes.mapIncludes(ctx, map.items, keyNode))
                    onError(keyStart, 'DUPLICATE_KEY', 'Map keys must be unique');
                map.items.push(pair);
            }
            else {
                const map = new YAMLMap.YAMLMap(ctx.schema);
                map.flow = true;
                map.items.push(pair);
                const endRange = (valueNode ?? keyNode).range;
                map.range = [keyNode.range[0], endRange[1], endRange[2]];
                coll.items.push(map);
            }
            offset = valueNode ? valueNode.range[2] : valueProps.end;
        }
    }
    const expectedEnd = isMap ? '}' : ']';
    const [ce, ...ee] = fc.end;
    let cePos = offset;
    if (ce?.source === expectedEnd)
        cePos = ce.offset + ce.source.length;
    else {
        const name = fcName[0].toUpperCase() + fcName.substring(1);
        const msg = atRoot
            ? `${name} must end with a ${expectedEnd}`
            : `${name} in block collection must be sufficiently indented and end with a ${expectedEnd}`;
        onError(offset, atRoot ? 'MISSING_CHAR' : 'BAD_INDENT', msg);
        if (ce && ce.source.length !== 1)
            ee.unshift(ce);
    }
    if (ee.length > 0) {
        const end = resolveEnd.resolveEnd(ee, cePos, ctx.options.strict, onError);
        if (end.comment) {
            if (coll.comment)
                coll.comment += '\n' + end.comment;
            else
                coll.comment = end.comment;
        }
        coll.range = [fc.offset, cePos, end.offset];
    }
    else {
        coll.range = [fc.offset, cePos, cePos];
    }
    return coll;
}

exports.resolveFlowCollection = resolveFlowCollection;


/***/ }),

/***/ 6842:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);
var resolveEnd = __nccwpck_require__(7788);

function resolveFlowScalar(scalar, strict, onError) {
    const { offset, type, source, end } = scalar;
    let _type;
    let value;
    const _onError = (rel, code, msg) => onError(offset + rel, code, msg);
    switch (type) {
        case 'scalar':
            _type = Scalar.Scalar.PLAIN;
            value = plainValue(source, _onError);
            break;
        case 'single-quoted-scalar':
            _type = Scalar.Scalar.QUOTE_SINGLE;
            value = singleQuotedValue(source, _onError);
            break;
        case 'double-quoted-scalar':
            _type = Scalar.Scalar.QUOTE_DOUBLE;
            value = doubleQuotedValue(source, _onError);
            break;
        /* istanbul ignore next should not happen */
        default:
            onError(scalar, 'UNEXPECTED_TOKEN', `Expected a flow scalar value, but found: ${type}`);
            return {
                value: '',
                type: null,
                comment: '',
                range: [offset, offset + source.length, offset + source.length]
            };
    }
    const valueEnd = offset + source.length;
    const re = resolveEnd.resolveEnd(end, valueEnd, strict, onError);
    return {
        value,
        type: _type,
        comment: re.comment,
        range: [offset, valueEnd, re.offset]
    };
}
function plainValue(source, onError) {
    let badChar = '';
    switch (source[0]) {
        /* istanbul ignore next should not happen */
        case '\t':
            badChar = 'a tab character';
            break;
        case ',':
            badChar = 'flow indicator character ,';
            break;
        case '%':
            badChar = 'directive indicator character %';
            break;
        case '|':
        case '>': {
            badChar = `block scalar indicator ${source[0]}`;
            break;
        }
        case '@':
        case '`': {
            badChar = `reserved character ${source[0]}`;
            break;
        }
    }
    if (badChar)
        onError(0, 'BAD_SCALAR_START', `Plain value cannot start with ${badChar}`);
    return unfoldLines(source);
}
function singleQuotedValue(source, onError) {
    if (source[source.length - 1] !== "'" || source.length === 1)
        onError(source.length, 'MISSING_CHAR', "Missing closing 'quote");
    return unfoldLines(source.slice(1, -1)).replace(/''/g, "'");
}
function unfoldLines(source) {
    const line = /(.*?)\r?\n/sy;
    let match = line.exec(source);
    if (!match)
        return source;
    /**
     * The negative lookbehinds in these RegExps are to
     * prevent causing a polynomial search time in certain cases.
     *
     * The try-catch is for Safari < 16.4 and other old browsers:
     * https://caniuse.com/js-regexp-lookbehind
     */
    let trimEnd, trimBoth;
    try {
        trimEnd = new RegExp('(?<![ \t])[ \t]+$');
        trimBoth = new RegExp('^[ \t]+|(?<![ \t])[ \t]+$', 'g');
    }
    catch {
        trimEnd = /[ \t]+$/;
        trimBoth = /^[ \t]+|[ \t]+$/g;
    }
    let res = match[1].replace(trimEnd, '');
    let sep = ' ';
    let pos = line.lastIndex;
    while ((match = line.exec(source))) {
        const lm = match[1].replace(trimBoth, '');
        if (lm === '') {
            if (sep === '\n')
                res += sep;
            else
                sep = '\n';
        }
        else {
            res += sep + lm;
            sep = ' ';
        }
        pos = line.lastIndex;
    }
    const last = /[ \t]*(.*)/sy;
    last.lastIndex = pos;
    match = last.exec(source);
    return res + sep + (match?.[1] ?? '');
}
function doubleQuotedValue(source, onError) {
    let res = '';
    for (let i = 1; i < source.length - 1; ++i) {
        const ch = source[i];
        if (ch === '\r' && source[i + 1] === '\n')
            continue;
        if (ch === '\n') {
            const { fold, offset } = foldNewline(source, i);
            res += fold;
            i = offset;
        }
        else if (ch === '\\') {
            let next = source[++i];
            const cc = escapeCodes[next];
            if (cc)
                res += cc;
            else if (next === '\n') {
                // skip escaped newlines, but still trim the following line
                next = source[i + 1];
                while (next === ' ' || next === '\t')
                    next = source[++i + 1];
            }
            else if (next === '\r' && source[i + 1] === '\n') {
                // skip escaped CRLF newlines, but still trim the following line
                next = source[++i + 1];
                while (next === ' ' || next === '\t')
                    next = source[++i + 1];
            }
            else if (next === 'x' || next === 'u' || next === 'U') {
                const length = next === 'x' ? 2 : next === 'u' ? 4 : 8;
                res += parseCharCode(source, i + 1, length, onError);
                i += length;
            }
            else {
                const raw = source.substr(i - 1, 2);
                onError(i - 1, 'BAD_DQ_ESCAPE', `Invalid escape sequence ${raw}`);
                res += raw;
            }
        }
        else if (ch === ' ' || ch === '\t') {
            // trim trailing whitespace
            const wsStart = i;
            let next = source[i + 1];
            while (next === ' ' || next === '\t')
                next = source[++i + 1];
            if (next !== '\n' && !(next === '\r' && source[i + 2] === '\n'))
                res += i > wsStart ? source.slice(wsStart, i + 1) : ch;
        }
        else {
            res += ch;
        }
    }
    if (source[source.length - 1] !== '"' || source.length === 1)
        onError(source.length, 'MISSING_CHAR', 'Missing closing "quote');
    return res;
}
/**
 * Fold a single newline into a space, multiple newlines to N - 1 newlines.
 * Presumes `source[offset] === '\n'`
 */
function foldNewline(source, offset) {
    let fold = '';
    let ch = source[offset + 1];
    while (ch === ' ' || ch === '\t' || ch === '\n' || ch === '\r') {
        if (ch === '\r' && source[offset + 2] !== '\n')
            break;
        if (ch === '\n')
            fold += '\n';
        offset += 1;
        ch = source[offset + 1];
    }
    if (!fold)
        fold = ' ';
    return { fold, offset };
}
const escapeCodes = {
    '0': '\0', // null character
    a: '\x07', // bell character
    b: '\b', // backspace
    e: '\x1b', // escape character
    f: '\f', // form feed
    n: '\n', // line feed
    r: '\r', // carriage return
    t: '\t', // horizontal tab
    v: '\v', // vertical tab
    N: '\u0085', // Unicode next line
    _: '\u00a0', // Unicode non-breaking space
    L: '\u2028', // Unicode line separator
    P: '\u2029', // Unicode paragraph separator
    ' ': ' ',
    '"': '"',
    '/': '/',
    '\\': '\\',
    '\t': '\t'
};
function parseCharCode(source, offset, length, onError) {
    const cc = source.substr(offset, length);
    const ok = cc.length === length && /^[0-9a-fA-F]+$/.test(cc);
    const code = ok ? parseInt(cc, 16) : NaN;
    try {
        return String.fromCodePoint(code);
    }
    catch {
        const raw = source.substr(offset - 2, length + 2);
        onError(offset - 2, 'BAD_DQ_ESCAPE', `Invalid escape sequence ${raw}`);
        return raw;
    }
}

exports.resolveFlowScalar = resolveFlowScalar;


/***/ }),

/***/ 4631:
/***/ ((__unused_webpack_module, exports) => {



function resolveProps(tokens, { flow, indicator, next, offset, onError, parentIndent, startOnNewline }) {
    let spaceBefore = false;
    let atNewline = startOnNewline;
    let hasSpace = startOnNewline;
    let comment = '';
    let commentSep = '';
    let hasNewline = false;
    let reqSpace = false;
    let tab = null;
    let anchor = null;
    let tag = null;
    let newlineAfterProp = null;
    let comma = null;
    let found = null;
    let start = null;
    for (const token of tokens) {
        if (reqSpace) {
            if (token.type !== 'space' &&
                token.type !== 'newline' &&
                token.type !== 'comma')
                onError(token.offset, 'MISSING_CHAR', 'Tags and anchors must be separated from the next token by white space');
            reqSpace = false;
        }
        if (tab) {
            if (atNewline && token.type !== 'comment' && token.type !== 'newline') {
                onError(tab, 'TAB_AS_INDENT', 'Tabs are not allowed as indentation');
            }
            tab = null;
        }
        switch (token.type) {
            case 'space':
                // At the doc level, tabs at line start may be parsed
                // as leading white space rather than indentation.
                // In a flow collection, only the parser handles indent.
                if (!flow &&
                    (indicator !== 'doc-start' || next?.type !== 'flow-collection') &&
                    token.source.includes('\t')) {
                    tab = token;
                }
                hasSpace = true;
                break;
            case 'comment': {
                if (!hasSpace)
                    onError(token, 'MISSING_CHAR', 'Comments must be separated from other tokens by white space characters');
                const cb = token.source.substring(1) || ' ';
                if (!comment)
                    comment = cb;
                else
                    comment += commentSep + cb;
                commentSep = '';
                atNewline = false;
                break;
            }
            case 'newline':
                if (atNewline) {
                    if (comment)
                        comment += token.source;
                    else if (!found || indicator !== 'seq-item-ind')
                        spaceBefore = true;
                }
                else
                    commentSep += token.source;
                atNewline = true;
                hasNewline = true;
                if (anchor || tag)
                    newlineAfterProp = token;
                hasSpace = true;
                break;
            case 'anchor':
                if (anchor)
                    onError(token, 'MULTIPLE_ANCHORS', 'A node can have at most one anchor');
                if (token.source.endsWith(':'))
                    onError(token.offset + token.source.length - 1, 'BAD_ALIAS', 'Anchor ending in : is ambiguous', true);
                anchor = token;
                start ?? (start = token.offset);
                atNewline = false;
                hasSpace = false;
                reqSpace = true;
                break;
            case 'tag': {
                if (tag)
                    onError(token, 'MULTIPLE_TAGS', 'A node can have at most one tag');
                tag = token;
                start ?? (start = token.offset);
                atNewline = false;
                hasSpace = false;
                reqSpace = true;
                break;
            }
            case indicator:
                // Could here handle preceding comments differently
                if (anchor || tag)
                    onError(token, 'BAD_PROP_ORDER', `Anchors and tags must be after the ${token.source} indicator`);
                if (found)
                    onError(token, 'UNEXPECTED_TOKEN', `Unexpected ${token.source} in ${flow ?? 'collection'}`);
                found = token;
                atNewline =
                    indicator === 'seq-item-ind' || indicator === 'explicit-key-ind';
                hasSpace = false;
                break;
            case 'comma':
                if (flow) {
                    if (comma)
                        onError(token, 'UNEXPECTED_TOKEN', `Unexpected , in ${flow}`);
                    comma = token;
                    atNewline = false;
                    hasSpace = false;
                    break;
                }
            // else fallthrough
            default:
                onError(token, 'UNEXPECTED_TOKEN', `Unexpected ${token.type} token`);
                atNewline = false;
                hasSpace = false;
        }
    }
    const last = tokens[tokens.length - 1];
    const end = last ? last.offset + last.source.length : offset;
    if (reqSpace &&
        next &&
        next.type !== 'space' &&
        next.type !== 'newline' &&
        next.type !== 'comma' &&
        (next.type !== 'scalar' || next.source !== '')) {
        onError(next.offset, 'MISSING_CHAR', 'Tags and anchors must be separated from the next token by white space');
    }
    if (tab &&
        ((atNewline && tab.indent <= parentIndent) ||
            next?.type === 'block-map' ||
            next?.type === 'block-seq'))
        onError(tab, 'TAB_AS_INDENT', 'Tabs are not allowed as indentation');
    return {
        comma,
        found,
        spaceBefore,
        comment,
        hasNewline,
        anchor,
        tag,
        newlineAfterProp,
        end,
        start: start ?? end
    };
}

exports.resolveProps = resolveProps;


/***/ }),

/***/ 9499:
/***/ ((__unused_webpack_module, exports) => {



function containsNewline(key) {
    if (!key)
        return null;
    switch (key.type) {
        case 'alias':
        case 'scalar':
        case 'double-quoted-scalar':
        case 'single-quoted-scalar':
            if (key.source.includes('\n'))
                return true;
            if (key.end)
                for (const st of key.end)
                    if (st.type === 'newline')
                        return true;
            return false;
        case 'flow-collection':
            for (const it of key.items) {
                for (const st of it.start)
                    if (st.type === 'newline')
                        return true;
                if (it.sep)
                    for (const st of it.sep)
                        if (st.type === 'newline')
                            return true;
                if (containsNewline(it.key) || containsNewline(it.value))
                    return true;
            }
            return false;
        default:
            return true;
    }
}

exports.containsNewline = containsNewline;


/***/ }),

/***/ 2599:
/***/ ((__unused_webpack_module, exports) => {



function emptyScalarPosition(offset, before, pos) {
    if (before) {
        pos ?? (pos = before.length);
        for (let i = pos - 1; i >= 0; --i) {
            let st = before[i];
            switch (st.type) {
                case 'space':
                case 'comment':
                case 'newline':
                    offset -= st.source.length;
                    continue;
            }
            // Technically, an empty scalar is immediately after the last non-empty
            // node, but it's more useful to place it after any whitespace.
            st = before[++i];
            while (st?.type === 'space') {
                offset += st.source.length;
                st = before[++i];
            }
            break;
        }
    }
    return offset;
}

exports.emptyScalarPosition = emptyScalarPosition;


/***/ }),

/***/ 4051:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var utilContainsNewline = __nccwpck_require__(9499);

function flowIndentCheck(indent, fc, onError) {
    if (fc?.type === 'flow-collection') {
        const end = fc.end[0];
        if (end.indent === indent &&
            (end.source === ']' || end.source === '}') &&
            utilContainsNewline.containsNewline(fc)) {
            const msg = 'Flow end indicator should be more indented than parent';
            onError(end, 'BAD_INDENT', msg, true);
        }
    }
}

exports.flowIndentCheck = flowIndentCheck;


/***/ }),

/***/ 1187:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);

function mapIncludes(ctx, items, search) {
    const { uniqueKeys } = ctx.options;
    if (uniqueKeys === false)
        return false;
    const isEqual = typeof uniqueKeys === 'function'
        ? uniqueKeys
        : (a, b) => a === b || (identity.isScalar(a) && identity.isScalar(b) && a.value === b.value);
    return items.some(pair => isEqual(pair.key, search));
}

exports.mapIncludes = mapIncludes;


/***/ }),

/***/ 3021:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Alias = __nccwpck_require__(4065);
var Collection = __nccwpck_require__(101);
var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var toJS = __nccwpck_require__(4043);
var Schema = __nccwpck_require__(5840);
var stringifyDocument = __nccwpck_require__(6829);
var anchors = __nccwpck_require__(1596);
var applyReviver = __nccwpck_require__(3661);
var createNode = __nccwpck_require__(2404);
var directives = __nccwpck_require__(1342);

class Document {
    constructor(value, replacer, options) {
        /** A comment before this Document */
        this.commentBefore = null;
        /** A comment immediately after this Document */
        this.comment = null;
        /** Errors encountered during parsing. */
        this.errors = [];
        /** Warnings encountered during parsing. */
        this.warnings = [];
        Object.defineProperty(this, identity.NODE_TYPE, { value: identity.DOC });
        let _replacer = null;
        if (typeof replacer === 'function' || Array.isArray(replacer)) {
            _replacer = replacer;
        }
        else if (options === undefined && replacer) {
            options = replacer;
            replacer = undefined;
        }
        const opt = Object.assign({
            intAsBigInt: false,
            keepSourceTokens: false,
            logLevel: 'warn',
            prettyErrors: true,
            strict: true,
            stringKeys: false,
            uniqueKeys: true,
            version: '1.2'
        }, options);
        this.options = opt;
        let { version } = opt;
        if (options?._directives) {
            this.directives = options._directives.atDocument();
            if (this.directives.yaml.explicit)
                version = this.directives.yaml.version;
        }
        else
            this.directives = new directives.Directives({ version });
        this.setSchema(version, options);
        // @ts-expect-error We can't really know that this matches Contents.
        this.contents =
            value === undefined ? null : this.createNode(value, _replacer, options);
    }
    /**
     * Create a deep copy of this Document and its contents.
     *
     * Custom Node values that inherit from `Object` still refer to their original instances.
     */
    clone() {
        const copy = Object.create(Document.prototype, {
            [identity.NODE_TYPE]: { value: identity.DOC }
        });
        copy.commentBefore = this.commentBefore;
        copy.comment = this.comment;
        copy.errors = this.errors.slice();
        copy.warnings = this.warnings.slice();
        copy.options = Object.assign({}, this.options);
        if (this.directives)
            copy.directives = this.directives.clone();
        copy.schema = this.schema.clone();
        // @ts-expect-error We can't really know that this matches Contents.
        copy.contents = identity.isNode(this.contents)
            ? this.contents.clone(copy.schema)
            : this.contents;
        if (this.range)
            copy.range = this.range.slice();
        return copy;
    }
    /** Adds a value to the document. */
    add(value) {
        if (assertCollection(this.contents))
            this.contents.add(value);
    }
    /** Adds a value to the document. */
    addIn(path, value) {
        if (assertCollection(this.contents))
            this.contents.addIn(path, value);
    }
    /**
     * Create a new `Alias` node, ensuring that the target `node` has the required anchor.
     *
     * If `node` already has an anchor, `name` is ignored.
     * Otherwise, the `node.anchor` value will be set to `name`,
     * or if an anchor with that name is already present in the document,
     * `name` will be used as a prefix for a new unique anchor.
     * If `name` is undefined, the generated anchor will use 'a' as a prefix.
     */
    createAlias(node, name) {
        if (!node.anchor) {
            const prev = anchors.anchorNames(this);
            node.anchor =
                // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
                !name || prev.has(name) ? anchors.findNewAnchor(name || 'a', prev) : name;
        }
        return new Alias.Alias(node.anchor);
    }
    createNode(value, replacer, options) {
        let _replacer = undefined;
        if (typeof replacer === 'function') {
            value = replacer.call({ '': value }, '', value);
            _replacer = replacer;
        }
        else if (Array.isArray(replacer)) {
            const keyToStr = (v) => typeof v === 'number' || v instanceof String || v instanceof Number;
            const asStr = replacer.filter(keyToStr).map(String);
            if (asStr.length > 0)
                replacer = replacer.concat(asStr);
            _replacer = replacer;
        }
        else if (options === undefined && replacer) {
            options = replacer;
            replacer = undefined;
        }
        const { aliasDuplicateObjects, anchorPrefix, flow, keepUndefined, onTagObj, tag } = options ?? {};
        const { onAnchor, setAnchors, sourceObjects } = anchors.createNodeAnchors(this, 
        // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
        anchorPrefix || 'a');
        const ctx = {
            aliasDuplicateObjects: aliasDuplicateObjects ?? true,
            keepUndefined: keepUndefined ?? false,
            onAnchor,
            onTagObj,
            replacer: _replacer,
            schema: this.schema,
            sourceObjects
        };
        const node = createNode.createNode(value, tag, ctx);
        if (flow && identity.isCollection(node))
            node.flow = true;
        setAnchors();
        return node;
    }
    /**
     * Convert a key and a value into a `Pair` using the current schema,
     * recursively wrapping all values as `Scalar` or `Collection` nodes.
     */
    createPair(key, value, options = {}) {
        const k = this.createNode(key, null, options);
        const v = this.createNode(value, null, options);
        return new Pair.Pair(k, v);
    }
    /**
     * Removes a value from the document.
     * @returns `true` if the item was found and removed.
     */
    delete(key) {
        return assertCollection(this.contents) ? this.contents.delete(key) : false;
    }
    /**
     * Removes a value from the document.
     * @returns `true` if the item was found and removed.
     */
    deleteIn(path) {
        if (Collection.isEmptyPath(path)) {
            if (this.contents == null)
                return false;
            // @ts-expect-error Presumed impossible if Strict extends false
            this.contents = null;
            return true;
        }
        return assertCollection(this.contents)
            ? this.contents.deleteIn(path)
            : false;
    }
    /**
     * Returns item at `key`, or `undefined` if not found. By default unwraps
     * scalar values from their surrounding node; to disable set `keepScalar` to
     * `true` (collections are always returned intact).
     */
    get(key, keepScalar) {
        return identity.isCollection(this.contents)
            ? this.contents.get(key, keepScalar)
            : undefined;
    }
    /**
     * Returns item at `path`, or `undefined` if not found. By default unwraps
     * scalar values from their surrounding node; to disable set `keepScalar` to
     * `true` (collections are always returned intact).
     */
    getIn(path, keepScalar) {
        if (Collection.isEmptyPath(path))
            return !keepScalar && identity.isScalar(this.contents)
                ? this.contents.value
                : this.contents;
        return identity.isCollection(this.contents)
            ? this.contents.getIn(path, keepScalar)
            : undefined;
    }
    /**
     * Checks if the document includes a value with the key `key`.
     */
    has(key) {
        return identity.isCollection(this.contents) ? this.contents.has(key) : false;
    }
    /**
     * Checks if the document includes a value at `path`.
     */
    hasIn(path) {
        if (Collection.isEmptyPath(path))
            return this.contents !== undefined;
        return identity.isCollection(this.contents) ? this.contents.hasIn(path) : false;
    }
    /**
     * Sets a value in this document. For `!!set`, `value` needs to be a
     * boolean to add/remove the item from the set.
     */
    set(key, value) {
        if (this.contents == null) {
            // @ts-expect-error We can't really know that this matches Contents.
            this.contents = Collection.collectionFromPath(this.schema, [key], value);
        }
        else if (assertCollection(this.contents)) {
            this.contents.set(key, value);
        }
    }
    /**
     * Sets a value in this document. For `!!set`, `value` needs to be a
     * boolean to add/remove the item from the set.
     */
    setIn(path, value) {
        if (Collection.isEmptyPath(path)) {
            // @ts-expect-error We can't really know that this matches Contents.
            this.contents = value;
        }
        else if (this.contents == null) {
            // @ts-expect-error We can't really know that this matches Contents.
            this.contents = Collection.collectionFromPath(this.schema, Array.from(path), value);
        }
        else if (assertCollection(this.contents)) {
            this.contents.setIn(path, value);
        }
    }
    /**
     * Change the YAML version and schema used by the document.
     * A `null` version disables support for directives, explicit tags, anchors, and aliases.
     * It also requires the `schema` option to be given as a `Schema` instance value.
     *
     * Overrides all previously set schema options.
     */
    setSchema(version, options = {}) {
        if (typeof version === 'number')
            version = String(version);
        let opt;
        switch (version) {
            case '1.1':
                if (this.directives)
                    this.directives.yaml.version = '1.1';
                else
                    this.directives = new directives.Directives({ version: '1.1' });
                opt = { resolveKnownTags: false, schema: 'yaml-1.1' };
                break;
            case '1.2':
            case 'next':
                if (this.directives)
                    this.directives.yaml.version = version;
                else
                    this.directives = new directives.Directives({ version });
                opt = { resolveKnownTags: true, schema: 'core' };
                break;
            case null:
                if (this.directives)
                    delete this.directives;
                opt = null;
                break;
            default: {
                const sv = JSON.stringify(version);
                throw new Error(`Expected '1.1', '1.2' or null as first argument, but found: ${sv}`);
            }
        }
        // Not using `instanceof Schema` to allow for duck typing
        if (options.schema instanceof Object)
            this.schema = options.schema;
        else if (opt)
            this.schema = new Schema.Schema(Object.assign(opt, options));
        else
            throw new Error(`With a null YAML version, the { schema: Schema } option is required`);
    }
    // json & jsonArg are only used from toJSON()
    toJS({ json, jsonArg, mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
        const ctx = {
            anchors: new Map(),
            doc: this,
            keep: !json,
            mapAsMap: mapAsMap === true,
            mapKeyWarned: false,
            maxAliasCount: typeof maxAliasCount === 'number' ? maxAliasCount : 100
        };
        const res = toJS.toJS(this.contents, jsonArg ?? '', ctx);
        if (typeof onAnchor === 'function')
            for (const { count, res } of ctx.anchors.values())
                onAnchor(res, count);
        return typeof reviver === 'function'
            ? applyReviver.applyReviver(reviver, { '': res }, '', res)
            : res;
    }
    /**
     * A JSON representation of the document `contents`.
     *
     * @param jsonArg Used by `JSON.stringify` to indicate the array index or
     *   property name.
     */
    toJSON(jsonArg, onAnchor) {
        return this.toJS({ json: true, jsonArg, mapAsMap: false, onAnchor });
    }
    /** A YAML representation of the document. */
    toString(options = {}) {
        if (this.errors.length > 0)
            throw new Error('Document with errors cannot be stringified');
        if ('indent' in options &&
            (!Number.isInteger(options.indent) || Number(options.indent) <= 0)) {
            const s = JSON.stringify(options.indent);
            throw new Error(`"indent" option must be a positive integer, not ${s}`);
        }
        return stringifyDocument.stringifyDocument(this, options);
    }
}
function assertCollection(contents) {
    if (identity.isCollection(contents))
        return true;
    throw new Error('Expected a YAML collection as document contents');
}

exports.Document = Document;


/***/ }),

/***/ 1596:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var visit = __nccwpck_require__(204);

/**
 * Verify that the input string is a valid anchor.
 *
 * Will throw on errors.
 */
function anchorIsValid(anchor) {
    if (/[\x00-\x19\s,[\]{}]/.test(anchor)) {
        const sa = JSON.stringify(anchor);
        const msg = `Anchor must not contain whitespace or control characters: ${sa}`;
        throw new Error(msg);
    }
    return true;
}
function anchorNames(root) {
    const anchors = new Set();
    visit.visit(root, {
        Value(_key, node) {
            if (node.anchor)
                anchors.add(node.anchor);
        }
    });
    return anchors;
}
/** Find a new anchor name with the given `prefix` and a one-indexed suffix. */
function findNewAnchor(prefix, exclude) {
    for (let i = 1; true; ++i) {
        const name = `${prefix}${i}`;
        if (!exclude.has(name))
            return name;
    }
}
function createNodeAnchors(doc, prefix) {
    const aliasObjects = [];
    const sourceObjects = new Map();
    let prevAnchors = null;
    return {
        onAnchor: (source) => {
            aliasObjects.push(source);
            prevAnchors ?? (prevAnchors = anchorNames(doc));
            const anchor = findNewAnchor(prefix, prevAnchors);
            prevAnchors.add(anchor);
            return anchor;
        },
        /**
         * With circular references, the source node is only resolved after all
         * of its child nodes are. This is why anchors are set only after all of
         * the nodes have been created.
         */
        setAnchors: () => {
            for (const source of aliasObjects) {
                const ref = sourceObjects.get(source);
                if (typeof ref === 'object' &&
                    ref.anchor &&
                    (identity.isScalar(ref.node) || identity.isCollection(ref.node))) {
                    ref.node.anchor = ref.anchor;
                }
                else {
                    const error = new Error('Failed to resolve repeated object (this should not happen)');
                    error.source = source;
                    throw error;
                }
            }
        },
        sourceObjects
    };
}

exports.anchorIsValid = anchorIsValid;
exports.anchorNames = anchorNames;
exports.createNodeAnchors = createNodeAnchors;
exports.findNewAnchor = findNewAnchor;


/***/ }),

/***/ 3661:
/***/ ((__unused_webpack_module, exports) => {



/**
 * Applies the JSON.parse reviver algorithm as defined in the ECMA-262 spec,
 * in section 24.5.1.1 "Runtime Semantics: InternalizeJSONProperty" of the
 * 2021 edition: https://tc39.es/ecma262/#sec-json.parse
 *
 * Includes extensions for handling Map and Set objects.
 */
function applyReviver(reviver, obj, key, val) {
    if (val && typeof val === 'object') {
        if (Array.isArray(val)) {
            for (let i = 0, len = val.length; i < len; ++i) {
                const v0 = val[i];
                const v1 = applyReviver(reviver, val, String(i), v0);
                // eslint-disable-next-line @typescript-eslint/no-array-delete
                if (v1 === undefined)
                    delete val[i];
                else if (v1 !== v0)
                    val[i] = v1;
            }
        }
        else if (val instanceof Map) {
            for (const k of Array.from(val.keys())) {
                const v0 = val.get(k);
                const v1 = applyReviver(reviver, val, k, v0);
                if (v1 === undefined)
                    val.delete(k);
                else if (v1 !== v0)
                    val.set(k, v1);
            }
        }
        else if (val instanceof Set) {
            for (const v0 of Array.from(val)) {
                const v1 = applyReviver(reviver, val, v0, v0);
                if (v1 === undefined)
                    val.delete(v0);
                else if (v1 !== v0) {
                    val.delete(v0);
                    val.add(v1);
                }
            }
        }
        else {
            for (const [k, v0] of Object.entries(val)) {
                const v1 = applyReviver(reviver, val, k, v0);
                if (v1 === undefined)
                    delete val[k];
                else if (v1 !== v0)
                    val[k] = v1;
            }
        }
    }
    return reviver.call(obj, key, val);
}

exports.applyReviver = applyReviver;


/***/ }),

/***/ 2404:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Alias = __nccwpck_require__(4065);
var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);

const defaultTagPrefix = 'tag:yaml.org,2002:';
function findTagObject(value, tagName, tags) {
    if (tagName) {
        const match = tags.filter(t => t.tag === tagName);
        const tagObj = match.find(t => !t.format) ?? match[0];
        if (!tagObj)
            throw new Error(`Tag ${tagName} not found`);
        return tagObj;
    }
    return tags.find(t => t.identify?.(value) && !t.format);
}
function createNode(value, tagName, ctx) {
    if (identity.isDocument(value))
        value = value.contents;
    if (identity.isNode(value))
        return value;
    if (identity.isPair(value)) {
        const map = ctx.schema[identity.MAP].createNode?.(ctx.schema, null, ctx);
        map.items.push(value);
        return map;
    }
    if (value instanceof String ||
        value instanceof Number ||
        value instanceof Boolean ||
        (typeof BigInt !== 'undefined' && value instanceof BigInt) // not supported everywhere
    ) {
        // https://tc39.es/ecma262/#sec-serializejsonproperty
        value = value.valueOf();
    }
    const { aliasDuplicateObjects, onAnchor, onTagObj, schema, sourceObjects } = ctx;
    // Detect duplicate references to the same object & use Alias nodes for all
    // after first. The `ref` wrapper allows for circular references to resolve.
    let ref = undefined;
    if (aliasDuplicateObjects && value && typeof value === 'object') {
        ref = sourceObjects.get(value);
        if (ref) {
            ref.anchor ?? (ref.anchor = onAnchor(value));
            return new Alias.Alias(ref.anchor);
        }
        else {
            ref = { anchor: null, node: null };
            sourceObjects.set(value, ref);
        }
    }
    if (tagName?.startsWith('!!'))
        tagName = defaultTagPrefix + tagName.slice(2);
    let tagObj = findTagObject(value, tagName, schema.tags);
    if (!tagObj) {
        if (value && typeof value.toJSON === 'function') {
            // eslint-disable-next-line @typescript-eslint/no-unsafe-call
            value = value.toJSON();
        }
        if (!value || typeof value !== 'object') {
            const node = new Scalar.Scalar(value);
            if (ref)
                ref.node = node;
            return node;
        }
        tagObj =
            value instanceof Map
                ? schema[identity.MAP]
                : Symbol.iterator in Object(value)
                    ? schema[identity.SEQ]
                    : schema[identity.MAP];
    }
    if (onTagObj) {
        onTagObj(tagObj);
        delete ctx.onTagObj;
    }
    const node = tagObj?.createNode
        ? tagObj.createNode(ctx.schema, value, ctx)
        : typeof tagObj?.nodeClass?.from === 'function'
            ? tagObj.nodeClass.from(ctx.schema, value, ctx)
            : new Scalar.Scalar(value);
    if (tagName)
        node.tag = tagName;
    else if (!tagObj.default)
        node.tag = tagObj.tag;
    if (ref)
        ref.node = node;
    return node;
}

exports.createNode = createNode;


/***/ }),

/***/ 1342:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var visit = __nccwpck_require__(204);

const escapeChars = {
    '!': '%21',
    ',': '%2C',
    '[': '%5B',
    ']': '%5D',
    '{': '%7B',
    '}': '%7D'
};
const escapeTagName = (tn) => tn.replace(/[!,[\]{}]/g, ch => escapeChars[ch]);
class Directives {
    constructor(yaml, tags) {
        /**
         * The directives-end/doc-start marker `---`. If `null`, a marker may still be
         * included in the document's stringified representation.
         */
        this.docStart = null;
        /** The doc-end marker `...`.  */
        this.docEnd = false;
        this.yaml = Object.assign({}, Directives.defaultYaml, yaml);
        this.tags = Object.assign({}, Directives.defaultTags, tags);
    }
    clone() {
        const copy = new Directives(this.yaml, this.tags);
        copy.docStart = this.docStart;
        return copy;
    }
    /**
     * During parsing, get a Directives instance for the current document and
     * update the stream state according to the current version's spec.
     */
    atDocument() {
        const res = new Directives(this.yaml, this.tags);
        switch (this.yaml.version) {
            case '1.1':
                this.atNextDocument = true;
                break;
            case '1.2':
                this.atNextDocument = false;
                this.yaml = {
                    explicit: Directives.defaultYaml.explicit,
                    version: '1.2'
                };
                this.tags = Object.assign({}, Directives.defaultTags);
                break;
        }
        return res;
    }
    /**
     * @param onError - May be called even if the action was successful
     * @returns `true` on success
     */
    add(line, onError) {
        if (this.atNextDocument) {
            this.yaml = { explicit: Directives.defaultYaml.explicit, version: '1.1' };
            this.tags = Object.assign({}, Directives.defaultTags);
            this.atNextDocument = false;
        }
        const parts = line.trim().split(/[ \t]+/);
        const name = parts.shift();
        switch (name) {
            case '%TAG': {
                if (parts.length !== 2) {
                    onError(0, '%TAG directive should contain exactly two parts');
                    if (parts.length < 2)
                        return false;
                }
                const [handle, prefix] = parts;
                this.tags[handle] = prefix;
                return true;
            }
            case '%YAML': {
                this.yaml.explicit = true;
                if (parts.length !== 1) {
                    onError(0, '%YAML directive should contain exactly one part');
                    return false;
                }
                const [version] = parts;
                if (version === '1.1' || version === '1.2') {
                    this.yaml.version = version;
                    return true;
                }
                else {
                    const isValid = /^\d+\.\d+$/.test(version);
                    onError(6, `Unsupported YAML version ${version}`, isValid);
                    return false;
                }
            }
            default:
                onError(0, `Unknown directive ${name}`, true);
                return false;
        }
    }
    /**
     * Resolves a tag, matching handles to those defined in %TAG directives.
     *
     * @returns Resolved tag, which may also be the non-specific tag `'!'` or a
     *   `'!local'` tag, or `null` if unresolvable.
     */
    tagName(source, onError) {
        if (source === '!')
            return '!'; // non-specific tag
        if (source[0] !== '!') {
            onError(`Not a valid tag: ${source}`);
            return null;
        }
        if (source[1] === '<') {
            const verbatim = source.slice(2, -1);
            if (verbatim === '!' || verbatim === '!!') {
                onError(`Verbatim tags aren't resolved, so ${source} is invalid.`);
                return null;
            }
            if (source[source.length - 1] !== '>')
                onError('Verbatim tags must end with a >');
            return verbatim;
        }
        const [, handle, suffix] = source.match(/^(.*!)([^!]*)$/s);
        if (!suffix)
            onError(`The ${source} tag has no suffix`);
        const prefix = this.tags[handle];
        if (prefix) {
            try {
                return prefix + decodeURIComponent(suffix);
            }
            catch (error) {
                onError(String(error));
                return null;
            }
        }
        if (handle === '!')
            return source; // local tag
        onError(`Could not resolve tag: ${source}`);
        return null;
    }
    /**
     * Given a fully resolved tag, returns its printable string form,
     * taking into account current tag prefixes and defaults.
     */
    tagString(tag) {
        for (const [handle, prefix] of Object.entries(this.tags)) {
            if (tag.startsWith(prefix))
                return handle + escapeTagName(tag.substring(prefix.length));
        }
        return tag[0] === '!' ? tag : `!<${tag}>`;
    }
    toString(doc) {
        const lines = this.yaml.explicit
            ? [`%YAML ${this.yaml.version || '1.2'}`]
            : [];
        const tagEntries = Object.entries(this.tags);
        let tagNames;
        if (doc && tagEntries.length > 0 && identity.isNode(doc.contents)) {
            const tags = {};
            visit.visit(doc.contents, (_key, node) => {
                if (identity.isNode(node) && node.tag)
                    tags[node.tag] = true;
            });
            tagNames = Object.keys(tags);
        }
        else
            tagNames = [];
        for (const [handle, prefix] of tagEntries) {
            if (handle === '!!' && prefix === 'tag:yaml.org,2002:')
                continue;
            if (!doc || tagNames.some(tn => tn.startsWith(prefix)))
                lines.push(`%TAG ${handle} ${prefix}`);
        }
        return lines.join('\n');
    }
}
Directives.defaultYaml = { explicit: false, version: '1.2' };
Directives.defaultTags = { '!!': 'tag:yaml.org,2002:' };

exports.Directives = Directives;


/***/ }),

/***/ 1464:
/***/ ((__unused_webpack_module, exports) => {



class YAMLError extends Error {
    constructor(name, pos, code, message) {
        super();
        this.name = name;
        this.code = code;
        this.message = message;
        this.pos = pos;
    }
}
class YAMLParseError extends YAMLError {
    constructor(pos, code, message) {
        super('YAMLParseError', pos, code, message);
    }
}
class YAMLWarning extends YAMLError {
    constructor(pos, code, message) {
        super('YAMLWarning', pos, code, message);
    }
}
const prettifyError = (src, lc) => (error) => {
    if (error.pos[0] === -1)
        return;
    error.linePos = error.pos.map(pos => lc.linePos(pos));
    const { line, col } = error.linePos[0];
    error.message += ` at line ${line}, column ${col}`;
    let ci = col - 1;
    let lineStr = src
        .substring(lc.lineStarts[line - 1], lc.lineStarts[line])
        .replace(/[\n\r]+$/, '');
    // Trim to max 80 chars, keeping col position near the middle
    if (ci >= 60 && lineStr.length > 80) {
        const trimStart = Math.min(ci - 39, lineStr.length - 79);
        lineStr = '…' + lineStr.substring(trimStart);
        ci -= trimStart - 1;
    }
    if (lineStr.length > 80)
        lineStr = lineStr.substring(0, 79) + '…';
    // Include previous line in context if pointing at line start
    if (line > 1 && /^ *$/.test(lineStr.substring(0, ci))) {
        // Regexp won't match if start is trimmed
        let prev = src.substring(lc.lineStarts[line - 2], lc.lineStarts[line - 1]);
        if (prev.length > 80)
            prev = prev.substring(0, 79) + '…\n';
        lineStr = prev + lineStr;
    }
    if (/[^ ]/.test(lineStr)) {
        let count = 1;
        const end = error.linePos[1];
        if (end?.line === line && end.col > col) {
            count = Math.max(1, Math.min(end.col - col, 80 - ci));
        }
        const pointer = ' '.repeat(ci) + '^'.repeat(count);
        error.message += `:\n\n${lineStr}\n${pointer}\n`;
    }
};

exports.YAMLError = YAMLError;
exports.YAMLParseError = YAMLParseError;
exports.YAMLWarning = YAMLWarning;
exports.prettifyError = prettifyError;


/***/ }),

/***/ 8815:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

var __webpack_unused_export__;


var composer = __nccwpck_require__(9984);
var Document = __nccwpck_require__(3021);
var Schema = __nccwpck_require__(5840);
var errors = __nccwpck_require__(1464);
var Alias = __nccwpck_require__(4065);
var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var Scalar = __nccwpck_require__(3301);
var YAMLMap = __nccwpck_require__(4454);
var YAMLSeq = __nccwpck_require__(2223);
var cst = __nccwpck_require__(3461);
var lexer = __nccwpck_require__(361);
var lineCounter = __nccwpck_require__(6628);
var parser = __nccwpck_require__(3456);
var publicApi = __nccwpck_require__(4047);
var visit = __nccwpck_require__(204);



__webpack_unused_export__ = composer.Composer;
__webpack_unused_export__ = Document.Document;
__webpack_unused_export__ = Schema.Schema;
__webpack_unused_export__ = errors.YAMLError;
__webpack_unused_export__ = errors.YAMLParseError;
__webpack_unused_export__ = errors.YAMLWarning;
__webpack_unused_export__ = Alias.Alias;
exports.Vj = identity.isAlias;
__webpack_unused_export__ = identity.isCollection;
__webpack_unused_export__ = identity.isDocument;
exports.jh = identity.isMap;
__webpack_unused_export__ = identity.isNode;
exports.tO = identity.isPair;
exports.jn = identity.isScalar;
exports.oP = identity.isSeq;
__webpack_unused_export__ = Pair.Pair;
exports.X5 = Scalar.Scalar;
__webpack_unused_export__ = YAMLMap.YAMLMap;
__webpack_unused_export__ = YAMLSeq.YAMLSeq;
__webpack_unused_export__ = cst;
__webpack_unused_export__ = lexer.Lexer;
exports.HN = lineCounter.LineCounter;
__webpack_unused_export__ = parser.Parser;
exports.qg = publicApi.parse;
exports.hR = publicApi.parseAllDocuments;
__webpack_unused_export__ = publicApi.parseDocument;
__webpack_unused_export__ = publicApi.stringify;
__webpack_unused_export__ = visit.visit;
__webpack_unused_export__ = visit.visitAsync;


/***/ }),

/***/ 7249:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var node_process = __nccwpck_require__(932);

function debug(logLevel, ...messages) {
    if (logLevel === 'debug')
        console.log(...messages);
}
function warn(logLevel, warning) {
    if (logLevel === 'debug' || logLevel === 'warn') {
        if (typeof node_process.emitWarning === 'function')
            node_process.emitWarning(warning);
        else
            console.warn(warning);
    }
}

exports.debug = debug;
exports.warn = warn;


/***/ }),

/***/ 4065:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var anchors = __nccwpck_require__(1596);
var visit = __nccwpck_require__(204);
var identity = __nccwpck_require__(1127);
var Node = __nccwpck_require__(6673);
var toJS = __nccwpck_require__(4043);

class Alias extends Node.NodeBase {
    constructor(source) {
        super(identity.ALIAS);
        this.source = source;
        Object.defineProperty(this, 'tag', {
            set() {
                throw new Error('Alias nodes cannot have tags');
            }
        });
    }
    /**
     * Resolve the value of this alias within `doc`, finding the last
     * instance of the `source` anchor before this node.
     */
    resolve(doc, ctx) {
        if (ctx?.maxAliasCount === 0)
            throw new ReferenceError('Alias resolution is disabled');
        let nodes;
        if (ctx?.aliasResolveCache) {
            nodes = ctx.aliasResolveCache;
        }
        else {
            nodes = [];
            visit.visit(doc, {
                Node: (_key, node) => {
                    if (identity.isAlias(node) || identity.hasAnchor(node))
                        nodes.push(node);
                }
            });
            if (ctx)
                ctx.aliasResolveCache = nodes;
        }
        let found = undefined;
        for (const node of nodes) {
            if (node === this)
                break;
            if (node.anchor === this.source)
                found = node;
        }
        if (found && ctx) {
            const { anchors, doc, maxAliasCount } = ctx;
            let data = anchors.get(found);
            if (!data) {
                // Resolve anchors for Node.prototype.toJS()
                toJS.toJS(found, null, ctx);
                data = anchors.get(found);
            }
            /* istanbul ignore if */
            if (data?.res === undefined) {
                const msg = 'This should not happen: Alias anchor was not resolved?';
                throw new ReferenceError(msg);
            }
            if (maxAliasCount >= 0) {
                data.count += 1;
                if (data.aliasCount === 0)
                    data.aliasCount = getAliasCount(doc, found, anchors);
                if (data.count * data.aliasCount > maxAliasCount) {
                    const msg = 'Excessive alias count indicates a resource exhaustion attack';
                    throw new ReferenceError(msg);
                }
            }
        }
        return found;
    }
    toJSON(_arg, ctx) {
        if (!ctx)
            return { source: this.source };
        const source = this.resolve(ctx.doc, ctx);
        if (!source) {
            const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
            throw new ReferenceError(msg);
        }
        return ctx.anchors.get(source).res;
    }
    toString(ctx, _onComment, _onChompKeep) {
        const src = `*${this.source}`;
        if (ctx) {
            anchors.anchorIsValid(this.source);
            if (ctx.options.verifyAliasOrder && !ctx.anchors.has(this.source)) {
                const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
                throw new Error(msg);
            }
            if (ctx.implicitKey)
                return `${src} `;
        }
        return src;
    }
}
function getAliasCount(doc, node, anchors) {
    if (identity.isAlias(node)) {
        const source = node.resolve(doc);
        const anchor = anchors && source && anchors.get(source);
        return anchor ? anchor.count * anchor.aliasCount : 0;
    }
    else if (identity.isCollection(node)) {
        let count = 0;
        for (const item of node.items) {
            const c = getAliasCount(doc, item, anchors);
            if (c > count)
                count = c;
        }
        return count;
    }
    else if (identity.isPair(node)) {
        const kc = getAliasCount(doc, node.key, anchors);
        const vc = getAliasCount(doc, node.value, anchors);
        return Math.max(kc, vc);
    }
    return 1;
}

exports.Alias = Alias;


/***/ }),

/***/ 101:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var createNode = __nccwpck_require__(2404);
var identity = __nccwpck_require__(1127);
var Node = __nccwpck_require__(6673);

function collectionFromPath(schema, path, value) {
    let v = value;
    for (let i = path.length - 1; i >= 0; --i) {
        const k = path[i];
        if (typeof k === 'number' && Number.isInteger(k) && k >= 0) {
            const a = [];
            a[k] = v;
            v = a;
        }
        else {
            v = new Map([[k, v]]);
        }
    }
    return createNode.createNode(v, undefined, {
        aliasDuplicateObjects: false,
        keepUndefined: false,
        onAnchor: () => {
            throw new Error('This should not happen, please report a bug.');
        },
        schema,
        sourceObjects: new Map()
    });
}
// Type guard is intentionally a little wrong so as to be more useful,
// as it does not cover untypable empty non-string iterables (e.g. []).
const isEmptyPath = (path) => path == null ||
    (typeof path === 'object' && !!path[Symbol.iterator]().next().done);
class Collection extends Node.NodeBase {
    constructor(type, schema) {
        super(type);
        Object.defineProperty(this, 'schema', {
            value: schema,
            configurable: true,
            enumerable: false,
            writable: true
        });
    }
    /**
     * Create a copy of this collection.
     *
     * @param schema - If defined, overwrites the original's schema
     */
    clone(schema) {
        const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
        if (schema)
            copy.schema = schema;
        copy.items = copy.items.map(it => identity.isNode(it) || identity.isPair(it) ? it.clone(schema) : it);
        if (this.range)
            copy.range = this.range.slice();
        return copy;
    }
    /**
     * Adds a value to the collection. For `!!map` and `!!omap` the value must
     * be a Pair instance or a `{ key, value }` object, which may not have a key
     * that already exists in the map.
     */
    addIn(path, value) {
        if (isEmptyPath(path))
            this.add(value);
        else {
            const [key, ...rest] = path;
            const node = this.get(key, true);
            if (identity.isCollection(node))
                node.addIn(rest, value);
            else if (node === undefined && this.schema)
                this.set(key, collectionFromPath(this.schema, rest, value));
            else
                throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
        }
    }
    /**
     * Removes a value from the collection.
     * @returns `true` if the item was found and removed.
     */
    deleteIn(path) {
        const [key, ...rest] = path;
        if (rest.length === 0)
            return this.delete(key);
        const node = this.get(key, true);
        if (identity.isCollection(node))
            return node.deleteIn(rest);
        else
            throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
    }
    /**
     * Returns item at `key`, or `undefined` if not found. By default unwraps
     * scalar values from their surrounding node; to disable set `keepScalar` to
     * `true` (collections are always returned intact).
     */
    getIn(path, keepScalar) {
        const [key, ...rest] = path;
        const node = this.get(key, true);
        if (rest.length === 0)
            return !keepScalar && identity.isScalar(node) ? node.value : node;
        else
            return identity.isCollection(node) ? node.getIn(rest, keepScalar) : undefined;
    }
    hasAllNullValues(allowScalar) {
        return this.items.every(node => {
            if (!identity.isPair(node))
                return false;
            const n = node.value;
            return (n == null ||
                (allowScalar &&
                    identity.isScalar(n) &&
                    n.value == null &&
                    !n.commentBefore &&
                    !n.comment &&
                    !n.tag));
        });
    }
    /**
     * Checks if the collection includes a value with the key `key`.
     */
    hasIn(path) {
        const [key, ...rest] = path;
        if (rest.length === 0)
            return this.has(key);
        const node = this.get(key, true);
        return identity.isCollection(node) ? node.hasIn(rest) : false;
    }
    /**
     * Sets a value in this collection. For `!!set`, `value` needs to be a
     * boolean to add/remove the item from the set.
     */
    setIn(path, value) {
        const [key, ...rest] = path;
        if (rest.length === 0) {
            this.set(key, value);
        }
        else {
            const node = this.get(key, true);
            if (identity.isCollection(node))
                node.setIn(rest, value);
            else if (node === undefined && this.schema)
                this.set(key, collectionFromPath(this.schema, rest, value));
            else
                throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
        }
    }
}

exports.Collection = Collection;
exports.collectionFromPath = collectionFromPath;
exports.isEmptyPath = isEmptyPath;


/***/ }),

/***/ 6673:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var applyReviver = __nccwpck_require__(3661);
var identity = __nccwpck_require__(1127);
var toJS = __nccwpck_require__(4043);

class NodeBase {
    constructor(type) {
        Object.defineProperty(this, identity.NODE_TYPE, { value: type });
    }
    /** Create a copy of this node.  */
    clone() {
        const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
        if (this.range)
            copy.range = this.range.slice();
        return copy;
    }
    /** A plain JavaScript representation of this node. */
    toJS(doc, { mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
        if (!identity.isDocument(doc))
            throw new TypeError('A document argument is required');
        const ctx = {
            anchors: new Map(),
            doc,
            keep: true,
            mapAsMap: mapAsMap === true,
            mapKeyWarned: false,
            maxAliasCount: typeof maxAliasCount === 'number' ? maxAliasCount : 100
        };
        const res = toJS.toJS(this, '', ctx);
        if (typeof onAnchor === 'function')
            for (const { count, res } of ctx.anchors.values())
                onAnchor(res, count);
        return typeof reviver === 'function'
            ? applyReviver.applyReviver(reviver, { '': res }, '', res)
            : res;
    }
}

exports.NodeBase = NodeBase;


/***/ }),

/***/ 7165:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var createNode = __nccwpck_require__(2404);
var stringifyPair = __nccwpck_require__(9748);
var addPairToJSMap = __nccwpck_require__(7104);
var identity = __nccwpck_require__(1127);

function createPair(key, value, ctx) {
    const k = createNode.createNode(key, undefined, ctx);
    const v = createNode.createNode(value, undefined, ctx);
    return new Pair(k, v);
}
class Pair {
    constructor(key, value = null) {
        Object.defineProperty(this, identity.NODE_TYPE, { value: identity.PAIR });
        this.key = key;
        this.value = value;
    }
    clone(schema) {
        let { key, value } = this;
        if (identity.isNode(key))
            key = key.clone(schema);
        if (identity.isNode(value))
            value = value.clone(schema);
        return new Pair(key, value);
    }
    toJSON(_, ctx) {
        const pair = ctx?.mapAsMap ? new Map() : {};
        return addPairToJSMap.addPairToJSMap(ctx, pair, this);
    }
    toString(ctx, onComment, onChompKeep) {
        return ctx?.doc
            ? stringifyPair.stringifyPair(this, ctx, onComment, onChompKeep)
            : JSON.stringify(this);
    }
}

exports.Pair = Pair;
exports.createPair = createPair;


/***/ }),

/***/ 3301:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Node = __nccwpck_require__(6673);
var toJS = __nccwpck_require__(4043);

const isScalarValue = (value) => !value || (typeof value !== 'function' && typeof value !== 'object');
class Scalar extends Node.NodeBase {
    constructor(value) {
        super(identity.SCALAR);
        this.value = value;
    }
    toJSON(arg, ctx) {
        return ctx?.keep ? this.value : toJS.toJS(this.value, arg, ctx);
    }
    toString() {
        return String(this.value);
    }
}
Scalar.BLOCK_FOLDED = 'BLOCK_FOLDED';
Scalar.BLOCK_LITERAL = 'BLOCK_LITERAL';
Scalar.PLAIN = 'PLAIN';
Scalar.QUOTE_DOUBLE = 'QUOTE_DOUBLE';
Scalar.QUOTE_SINGLE = 'QUOTE_SINGLE';

exports.Scalar = Scalar;
exports.isScalarValue = isScalarValue;


/***/ }),

/***/ 4454:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyCollection = __nccwpck_require__(1212);
var addPairToJSMap = __nccwpck_require__(7104);
var Collection = __nccwpck_require__(101);
var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var Scalar = __nccwpck_require__(3301);

function findPair(items, key) {
    const k = identity.isScalar(key) ? key.value : key;
    for (const it of items) {
        if (identity.isPair(it)) {
            if (it.key === key || it.key === k)
                return it;
            if (identity.isScalar(it.key) && it.key.value === k)
                return it;
        }
    }
    return undefined;
}
class YAMLMap extends Collection.Collection {
    static get tagName() {
        return 'tag:yaml.org,2002:map';
    }
    constructor(schema) {
        super(identity.MAP, schema);
        this.items = [];
    }
    /**
     * A generic collection parsing method that can be extended
     * to other node classes that inherit from YAMLMap
     */
    static from(schema, obj, ctx) {
        const { keepUndefined, replacer } = ctx;
        const map = new this(schema);
        const add = (key, value) => {
            if (typeof replacer === 'function')
                value = replacer.call(obj, key, value);
            else if (Array.isArray(replacer) && !replacer.includes(key))
                return;
            if (value !== undefined || keepUndefined)
                map.items.push(Pair.createPair(key, value, ctx));
        };
        if (obj instanceof Map) {
            for (const [key, value] of obj)
                add(key, value);
        }
        else if (obj && typeof obj === 'object') {
            for (const key of Object.keys(obj))
                add(key, obj[key]);
        }
        if (typeof schema.sortMapEntries === 'function') {
            map.items.sort(schema.sortMapEntries);
        }
        return map;
    }
    /**
     * Adds a value to the collection.
     *
     * @param overwrite - If not set `true`, using a key that is already in the
     *   collection will throw. Otherwise, overwrites the previous value.
     */
    add(pair, overwrite) {
        let _pair;
        if (identity.isPair(pair))
            _pair = pair;
        else if (!pair || typeof pair !== 'object' || !('key' in pair)) {
            // In TypeScript, this never happens.
            _pair = new Pair.Pair(pair, pair?.value);
        }
        else
            _pair = new Pair.Pair(pair.key, pair.value);
        const prev = findPair(this.items, _pair.key);
        const sortEntries = this.schema?.sortMapEntries;
        if (prev) {
            if (!overwrite)
                throw new Error(`Key ${_pair.key} already set`);
            // For scalars, keep the old node & its comments and anchors
            if (identity.isScalar(prev.value) && Scalar.isScalarValue(_pair.value))
                prev.value.value = _pair.value;
            else
                prev.value = _pair.value;
        }
        else if (sortEntries) {
            const i = this.items.findIndex(item => sortEntries(_pair, item) < 0);
            if (i === -1)
                this.items.push(_pair);
            else
                this.items.splice(i, 0, _pair);
        }
        else {
            this.items.push(_pair);
        }
    }
    delete(key) {
        const it = findPair(this.items, key);
        if (!it)
            return false;
        const del = this.items.splice(this.items.indexOf(it), 1);
        return del.length > 0;
    }
    get(key, keepScalar) {
        const it = findPair(this.items, key);
        const node = it?.value;
        return (!keepScalar && identity.isScalar(node) ? node.value : node) ?? undefined;
    }
    has(key) {
        return !!findPair(this.items, key);
    }
    set(key, value) {
        this.add(new Pair.Pair(key, value), true);
    }
    /**
     * @param ctx - Conversion context, originally set in Document#toJS()
     * @param {Class} Type - If set, forces the returned collection type
     * @returns Instance of Type, Map, or Object
     */
    toJSON(_, ctx, Type) {
        const map = Type ? new Type() : ctx?.mapAsMap ? new Map() : {};
        if (ctx?.onCreate)
            ctx.onCreate(map);
        for (const item of this.items)
            addPairToJSMap.addPairToJSMap(ctx, map, item);
        return map;
    }
    toString(ctx, onComment, onChompKeep) {
        if (!ctx)
            return JSON.stringify(this);
        for (const item of this.items) {
            if (!identity.isPair(item))
                throw new Error(`Map items must all be pairs; found ${JSON.stringify(item)} instead`);
        }
        if (!ctx.allNullValues && this.hasAllNullValues(false))
            ctx = Object.assign({}, ctx, { allNullValues: true });
        return stringifyCollection.stringifyCollection(this, ctx, {
            blockItemPrefix: '',
            flowChars: { start: '{', end: '}' },
            itemIndent: ctx.indent || '',
            onChompKeep,
            onComment
        });
    }
}

exports.YAMLMap = YAMLMap;
exports.findPair = findPair;


/***/ }),

/***/ 2223:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var createNode = __nccwpck_require__(2404);
var stringifyCollection = __nccwpck_require__(1212);
var Collection = __nccwpck_require__(101);
var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);
var toJS = __nccwpck_require__(4043);

class YAMLSeq extends Collection.Collection {
    static get tagName() {
        return 'tag:yaml.org,2002:seq';
    }
    constructor(schema) {
        super(identity.SEQ, schema);
        this.items = [];
    }
    add(value) {
        this.items.push(value);
    }
    /**
     * Removes a value from the collection.
     *
     * `key` must contain a representation of an integer for this to succeed.
     * It may be wrapped in a `Scalar`.
     *
     * @returns `true` if the item was found and removed.
     */
    delete(key) {
        const idx = asItemIndex(key);
        if (typeof idx !== 'number')
            return false;
        const del = this.items.splice(idx, 1);
        return del.length > 0;
    }
    get(key, keepScalar) {
        const idx = asItemIndex(key);
        if (typeof idx !== 'number')
            return undefined;
        const it = this.items[idx];
        return !keepScalar && identity.isScalar(it) ? it.value : it;
    }
    /**
     * Checks if the collection includes a value with the key `key`.
     *
     * `key` must contain a representation of an integer for this to succeed.
     * It may be wrapped in a `Scalar`.
     */
    has(key) {
        const idx = asItemIndex(key);
        return typeof idx === 'number' && idx < this.items.length;
    }
    /**
     * Sets a value in this collection. For `!!set`, `value` needs to be a
     * boolean to add/remove the item from the set.
     *
     * If `key` does not contain a representation of an integer, this will throw.
     * It may be wrapped in a `Scalar`.
     */
    set(key, value) {
        const idx = asItemIndex(key);
        if (typeof idx !== 'number')
            throw new Error(`Expected a valid index, not ${key}.`);
        const prev = this.items[idx];
        if (identity.isScalar(prev) && Scalar.isScalarValue(value))
            prev.value = value;
        else
            this.items[idx] = value;
    }
    toJSON(_, ctx) {
        const seq = [];
        if (ctx?.onCreate)
            ctx.onCreate(seq);
        let i = 0;
        for (const item of this.items)
            seq.push(toJS.toJS(item, String(i++), ctx));
        return seq;
    }
    toString(ctx, onComment, onChompKeep) {
        if (!ctx)
            return JSON.stringify(this);
        return stringifyCollection.stringifyCollection(this, ctx, {
            blockItemPrefix: '- ',
            flowChars: { start: '[', end: ']' },
            itemIndent: (ctx.indent || '') + '  ',
            onChompKeep,
            onComment
        });
    }
    static from(schema, obj, ctx) {
        const { replacer } = ctx;
        const seq = new this(schema);
        if (obj && Symbol.iterator in Object(obj)) {
            let i = 0;
            for (let it of obj) {
                if (typeof replacer === 'function') {
                    const key = obj instanceof Set ? it : String(i++);
                    it = replacer.call(obj, key, it);
                }
                seq.items.push(createNode.createNode(it, undefined, ctx));
            }
        }
        return seq;
    }
}
function asItemIndex(key) {
    let idx = identity.isScalar(key) ? key.value : key;
    if (idx && typeof idx === 'string')
        idx = Number(idx);
    return typeof idx === 'number' && Number.isInteger(idx) && idx >= 0
        ? idx
        : null;
}

exports.YAMLSeq = YAMLSeq;


/***/ }),

/***/ 7104:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var log = __nccwpck_require__(7249);
var merge = __nccwpck_require__(452);
var stringify = __nccwpck_require__(2148);
var identity = __nccwpck_require__(1127);
var toJS = __nccwpck_require__(4043);

function addPairToJSMap(ctx, map, { key, value }) {
    if (identity.isNode(key) && key.addToJSMap)
        key.addToJSMap(ctx, map, value);
    // TODO: Should drop this special case for bare << handling
    else if (merge.isMergeKey(ctx, key))
        merge.addMergeToJSMap(ctx, map, value);
    else {
        const jsKey = toJS.toJS(key, '', ctx);
        if (map instanceof Map) {
            map.set(jsKey, toJS.toJS(value, jsKey, ctx));
        }
        else if (map instanceof Set) {
            map.add(jsKey);
        }
        else {
            const stringKey = stringifyKey(key, jsKey, ctx);
            const jsValue = toJS.toJS(value, stringKey, ctx);
            if (stringKey in map)
                Object.defineProperty(map, stringKey, {
                    value: jsValue,
                    writable: true,
                    enumerable: true,
                    configurable: true
                });
            else
                map[stringKey] = jsValue;
        }
    }
    return map;
}
function stringifyKey(key, jsKey, ctx) {
    if (jsKey === null)
        return '';
    // eslint-disable-next-line @typescript-eslint/no-base-to-string
    if (typeof jsKey !== 'object')
        return String(jsKey);
    if (identity.isNode(key) && ctx?.doc) {
        const strCtx = stringify.createStringifyContext(ctx.doc, {});
        strCtx.anchors = new Set();
        for (const node of ctx.anchors.keys())
            strCtx.anchors.add(node.anchor);
        strCtx.inFlow = true;
        strCtx.inStringifyKey = true;
        const strKey = key.toString(strCtx);
        if (!ctx.mapKeyWarned) {
            let jsonStr = JSON.stringify(strKey);
            if (jsonStr.length > 40)
                jsonStr = jsonStr.substring(0, 36) + '..."';
            log.warn(ctx.doc.options.logLevel, `Keys with collection values will be stringified due to JS Object restrictions: ${jsonStr}. Set mapAsMap: true to use object keys.`);
            ctx.mapKeyWarned = true;
        }
        return strKey;
    }
    return JSON.stringify(jsKey);
}

exports.addPairToJSMap = addPairToJSMap;


/***/ }),

/***/ 1127:
/***/ ((__unused_webpack_module, exports) => {



const ALIAS = Symbol.for('yaml.alias');
const DOC = Symbol.for('yaml.document');
const MAP = Symbol.for('yaml.map');
const PAIR = Symbol.for('yaml.pair');
const SCALAR = Symbol.for('yaml.scalar');
const SEQ = Symbol.for('yaml.seq');
const NODE_TYPE = Symbol.for('yaml.node.type');
const isAlias = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === ALIAS;
const isDocument = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === DOC;
const isMap = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === MAP;
const isPair = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === PAIR;
const isScalar = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === SCALAR;
const isSeq = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === SEQ;
function isCollection(node) {
    if (node && typeof node === 'object')
        switch (node[NODE_TYPE]) {
            case MAP:
            case SEQ:
                return true;
        }
    return false;
}
function isNode(node) {
    if (node && typeof node === 'object')
        switch (node[NODE_TYPE]) {
            case ALIAS:
            case MAP:
            case SCALAR:
            case SEQ:
                return true;
        }
    return false;
}
const hasAnchor = (node) => (isScalar(node) || isCollection(node)) && !!node.anchor;

exports.ALIAS = ALIAS;
exports.DOC = DOC;
exports.MAP = MAP;
exports.NODE_TYPE = NODE_TYPE;
exports.PAIR = PAIR;
exports.SCALAR = SCALAR;
exports.SEQ = SEQ;
exports.hasAnchor = hasAnchor;
exports.isAlias = isAlias;
exports.isCollection = isCollection;
exports.isDocument = isDocument;
exports.isMap = isMap;
exports.isNode = isNode;
exports.isPair = isPair;
exports.isScalar = isScalar;
exports.isSeq = isSeq;


/***/ }),

/***/ 4043:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);

/**
 * Recursively convert any node or its contents to native JavaScript
 *
 * @param value - The input value
 * @param arg - If `value` defines a `toJSON()` method, use this
 *   as its first argument
 * @param ctx - Conversion context, originally set in Document#toJS(). If
 *   `{ keep: true }` is not set, output should be suitable for JSON
 *   stringification.
 */
function toJS(value, arg, ctx) {
    // eslint-disable-next-line @typescript-eslint/no-unsafe-return
    if (Array.isArray(value))
        return value.map((v, i) => toJS(v, String(i), ctx));
    if (value && typeof value.toJSON === 'function') {
        // eslint-disable-next-line @typescript-eslint/no-unsafe-call
        if (!ctx || !identity.hasAnchor(value))
            return value.toJSON(arg, ctx);
        const data = { aliasCount: 0, count: 1, res: undefined };
        ctx.anchors.set(value, data);
        ctx.onCreate = res => {
            data.res = res;
            delete ctx.onCreate;
        };
        const res = value.toJSON(arg, ctx);
        if (ctx.onCreate)
            ctx.onCreate(res);
        return res;
    }
    if (typeof value === 'bigint' && !ctx?.keep)
        return Number(value);
    return value;
}

exports.toJS = toJS;


/***/ }),

/***/ 110:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var resolveBlockScalar = __nccwpck_require__(8913);
var resolveFlowScalar = __nccwpck_require__(6842);
var errors = __nccwpck_require__(1464);
var stringifyString = __nccwpck_require__(3069);

function resolveAsScalar(token, strict = true, onError) {
    if (token) {
        const _onError = (pos, code, message) => {
            const offset = typeof pos === 'number' ? pos : Array.isArray(pos) ? pos[0] : pos.offset;
            if (onError)
                onError(offset, code, message);
            else
                throw new errors.YAMLParseError([offset, offset + 1], code, message);
        };
        switch (token.type) {
            case 'scalar':
            case 'single-quoted-scalar':
            case 'double-quoted-scalar':
                return resolveFlowScalar.resolveFlowScalar(token, strict, _onError);
            case 'block-scalar':
                return resolveBlockScalar.resolveBlockScalar({ options: { strict } }, token, _onError);
        }
    }
    return null;
}
/**
 * Create a new scalar token with `value`
 *
 * Values that represent an actual string but may be parsed as a different type should use a `type` other than `'PLAIN'`,
 * as this function does not support any schema operations and won't check for such conflicts.
 *
 * @param value The string representation of the value, which will have its content properly indented.
 * @param context.end Comments and whitespace after the end of the value, or after the block scalar header. If undefined, a newline will be added.
 * @param context.implicitKey Being within an implicit key may affect the resolved type of the token's value.
 * @param context.indent The indent level of the token.
 * @param context.inFlow Is this scalar within a flow collection? This may affect the resolved type of the token's value.
 * @param context.offset The offset position of the token.
 * @param context.type The preferred type of the scalar token. If undefined, the previous type of the `token` will be used, defaulting to `'PLAIN'`.
 */
function createScalarToken(value, context) {
    const { implicitKey = false, indent, inFlow = false, offset = -1, type = 'PLAIN' } = context;
    const source = stringifyString.stringifyString({ type, value }, {
        implicitKey,
        indent: indent > 0 ? ' '.repeat(indent) : '',
        inFlow,
        options: { blockQuote: true, lineWidth: -1 }
    });
    const end = context.end ?? [
        { type: 'newline', offset: -1, indent, source: '\n' }
    ];
    switch (source[0]) {
        case '|':
        case '>': {
            const he = source.indexOf('\n');
            const head = source.substring(0, he);
            const body = source.substring(he + 1) + '\n';
            const props = [
                { type: 'block-scalar-header', offset, indent, source: head }
            ];
            if (!addEndtoBlockProps(props, end))
                props.push({ type: 'newline', offset: -1, indent, source: '\n' });
            return { type: 'block-scalar', offset, indent, props, source: body };
        }
        case '"':
            return { type: 'double-quoted-scalar', offset, indent, source, end };
        case "'":
            return { type: 'single-quoted-scalar', offset, indent, source, end };
        default:
            return { type: 'scalar', offset, indent, source, end };
    }
}
/**
 * Set the value of `token` to the given string `value`, overwriting any previous contents and type that it may have.
 *
 * Best efforts are made to retain any comments previously associated with the `token`,
 * though all contents within a collection's `items` will be overwritten.
 *
 * Values that represent an actual string but may be parsed as a different type should use a `type` other than `'PLAIN'`,
 * as this function does not support any schema operations and won't check for such conflicts.
 *
 * @param token Any token. If it does not include an `indent` value, the value will be stringified as if it were an implicit key.
 * @param value The string representation of the value, which will have its content properly indented.
 * @param context.afterKey In most cases, values after a key should have an additional level of indentation.
 * @param context.implicitKey Being within an implicit key may affect the resolved type of the token's value.
 * @param context.inFlow Being within a flow collection may affect the resolved type of the token's value.
 * @param context.type The preferred type of the scalar token. If undefined, the previous type of the `token` will be used, defaulting to `'PLAIN'`.
 */
function setScalarValue(token, value, context = {}) {
    let { afterKey = false, implicitKey = false, inFlow = false, type } = context;
    let indent = 'indent' in token ? token.indent : null;
    if (afterKey && typeof indent === 'number')
        indent += 2;
    if (!type)
        switch (token.type) {
            case 'single-quoted-scalar':
                type = 'QUOTE_SINGLE';
                break;
            case 'double-quoted-scalar':
                type = 'QUOTE_DOUBLE';
                break;
            case 'block-scalar': {
                const header = token.props[0];
                if (header.type !== 'block-scalar-header')
                    throw new Error('Invalid block scalar header');
                type = header.source[0] === '>' ? 'BLOCK_FOLDED' : 'BLOCK_LITERAL';
                break;
            }
            default:
                type = 'PLAIN';
        }
    const source = stringifyString.stringifyString({ type, value }, {
        implicitKey: implicitKey || indent === null,
        indent: indent !== null && indent > 0 ? ' '.repeat(indent) : '',
        inFlow,
        options: { blockQuote: true, lineWidth: -1 }
    });
    switch (source[0]) {
        case '|':
        case '>':
            setBlockScalarValue(token, source);
            break;
        case '"':
            setFlowScalarValue(token, source, 'double-quoted-scalar');
            break;
        case "'":
            setFlowScalarValue(token, source, 'single-quoted-scalar');
            break;
        default:
            setFlowScalarValue(token, source, 'scalar');
    }
}
function setBlockScalarValue(token, source) {
    const he = source.indexOf('\n');
    const head = source.substring(0, he);
    const body = source.substring(he + 1) + '\n';
    if (token.type === 'block-scalar') {
        const header = token.props[0];
        if (header.type !== 'block-scalar-header')
            throw new Error('Invalid block scalar header');
        header.source = head;
        token.source = body;
    }
    else {
        const { offset } = token;
        const indent = 'indent' in token ? token.indent : -1;
        const props = [
            { type: 'block-scalar-header', offset, indent, source: head }
        ];
        if (!addEndtoBlockProps(props, 'end' in token ? token.end : undefined))
            props.push({ type: 'newline', offset: -1, indent, source: '\n' });
        for (const key of Object.keys(token))
            if (key !== 'type' && key !== 'offset')
                delete token[key];
        Object.assign(token, { type: 'block-scalar', indent, props, source: body });
    }
}
/** @returns `true` if last token is a newline */
function addEndtoBlockProps(props, end) {
    if (end)
        for (const st of end)
            switch (st.type) {
                case 'space':
                case 'comment':
                    props.push(st);
                    break;
                case 'newline':
                    props.push(st);
                    return true;
            }
    return false;
}
function setFlowScalarValue(token, source, type) {
    switch (token.type) {
        case 'scalar':
        case 'double-quoted-scalar':
        case 'single-quoted-scalar':
            token.type = type;
            token.source = source;
            break;
        case 'block-scalar': {
            const end = token.props.slice(1);
            let oa = source.length;
            if (token.props[0].type === 'block-scalar-header')
                oa -= token.props[0].source.length;
            for (const tok of end)
                tok.offset += oa;
            delete token.props;
            Object.assign(token, { type, source, end });
            break;
        }
        case 'block-map':
        case 'block-seq': {
            const offset = token.offset + source.length;
            const nl = { type: 'newline', offset, indent: token.indent, source: '\n' };
            delete token.items;
            Object.assign(token, { type, source, end: [nl] });
            break;
        }
        default: {
            const indent = 'indent' in token ? token.indent : -1;
            const end = 'end' in token && Array.isArray(token.end)
                ? token.end.filter(st => st.type === 'space' ||
                    st.type === 'comment' ||
                    st.type === 'newline')
                : [];
            for (const key of Object.keys(token))
                if (key !== 'type' && key !== 'offset')
                    delete token[key];
            Object.assign(token, { type, indent, source, end });
        }
    }
}

exports.createScalarToken = createScalarToken;
exports.resolveAsScalar = resolveAsScalar;
exports.setScalarValue = setScalarValue;


/***/ }),

/***/ 1733:
/***/ ((__unused_webpack_module, exports) => {



/**
 * Stringify a CST document, token, or collection item
 *
 * Fair warning: This applies no validation whatsoever, and
 * simply concatenates the sources in their logical order.
 */
const stringify = (cst) => 'type' in cst ? stringifyToken(cst) : stringifyItem(cst);
function stringifyToken(token) {
    switch (token.type) {
        case 'block-scalar': {
            let res = '';
            for (const tok of token.props)
                res += stringifyToken(tok);
            return res + token.source;
        }
        case 'block-map':
        case 'block-seq': {
            let res = '';
            for (const item of token.items)
                res += stringifyItem(item);
            return res;
        }
        case 'flow-collection': {
            let res = token.start.source;
            for (const item of token.items)
                res += stringifyItem(item);
            for (const st of token.end)
                res += st.source;
            return res;
        }
        case 'document': {
            let res = stringifyItem(token);
            if (token.end)
                for (const st of token.end)
                    res += st.source;
            return res;
        }
        default: {
            let res = token.source;
            if ('end' in token && token.end)
                for (const st of token.end)
                    res += st.source;
            return res;
        }
    }
}
function stringifyItem({ start, key, sep, value }) {
    let res = '';
    for (const st of start)
        res += st.source;
    if (key)
        res += stringifyToken(key);
    if (sep)
        for (const st of sep)
            res += st.source;
    if (value)
        res += stringifyToken(value);
    return res;
}

exports.stringify = stringify;


/***/ }),

/***/ 7715:
/***/ ((__unused_webpack_module, exports) => {



const BREAK = Symbol('break visit');
const SKIP = Symbol('skip children');
const REMOVE = Symbol('remove item');
/**
 * Apply a visitor to a CST document or item.
 *
 * Walks through the tree (depth-first) starting from the root, calling a
 * `visitor` function with two arguments when entering each item:
 *   - `item`: The current item, which included the following members:
 *     - `start: SourceToken[]` – Source tokens before the key or value,
 *       possibly including its anchor or tag.
 *     - `key?: Token | null` – Set for pair values. May then be `null`, if
 *       the key before the `:` separator is empty.
 *     - `sep?: SourceToken[]` – Source tokens between the key and the value,
 *       which should include the `:` map value indicator if `value` is set.
 *     - `value?: Token` – The value of a sequence item, or of a map pair.
 *   - `path`: The steps from the root to the current node, as an array of
 *     `['key' | 'value', number]` tuples.
 *
 * The return value of the visitor may be used to control the traversal:
 *   - `undefined` (default): Do nothing and continue
 *   - `visit.SKIP`: Do not visit the children of this token, continue with
 *      next sibling
 *   - `visit.BREAK`: Terminate traversal completely
 *   - `visit.REMOVE`: Remove the current item, then continue with the next one
 *   - `number`: Set the index of the next step. This is useful especially if
 *     the index of the current token has changed.
 *   - `function`: Define the next visitor for this item. After the original
 *     visitor is called on item entry, next visitors are called after handling
 *     a non-empty `key` and when exiting the item.
 */
function visit(cst, visitor) {
    if ('type' in cst && cst.type === 'document')
        cst = { start: cst.start, value: cst.value };
    _visit(Object.freeze([]), cst, visitor);
}
// Without the `as symbol` casts, TS declares these in the `visit`
// namespace using `var`, but then complains about that because
// `unique symbol` must be `const`.
/** Terminate visit traversal completely */
visit.BREAK = BREAK;
/** Do not visit the children of the current item */
visit.SKIP = SKIP;
/** Remove the current item */
visit.REMOVE = REMOVE;
/** Find the item at `path` from `cst` as the root */
visit.itemAtPath = (cst, path) => {
    let item = cst;
    for (const [field, index] of path) {
        const tok = item?.[field];
        if (tok && 'items' in tok) {
            item = tok.items[index];
        }
        else
            return undefined;
    }
    return item;
};
/**
 * Get the immediate parent collection of the item at `path` from `cst` as the root.
 *
 * Throws an error if the collection is not found, which should never happen if the item itself exists.
 */
visit.parentCollection = (cst, path) => {
    const parent = visit.itemAtPath(cst, path.slice(0, -1));
    const field = path[path.length - 1][0];
    const coll = parent?.[field];
    if (coll && 'items' in coll)
        return coll;
    throw new Error('Parent collection not found');
};
function _visit(path, item, visitor) {
    let ctrl = visitor(item, path);
    if (typeof ctrl === 'symbol')
        return ctrl;
    for (const field of ['key', 'value']) {
        const token = item[field];
        if (token && 'items' in token) {
            for (let i = 0; i < token.items.length; ++i) {
                const ci = _visit(Object.freeze(path.concat([[field, i]])), token.items[i], visitor);
                if (typeof ci === 'number')
                    i = ci - 1;
                else if (ci === BREAK)
                    return BREAK;
                else if (ci === REMOVE) {
                    token.items.splice(i, 1);
                    i -= 1;
                }
            }
            if (typeof ctrl === 'function' && field === 'key')
                ctrl = ctrl(item, path);
        }
    }
    return typeof ctrl === 'function' ? ctrl(item, path) : ctrl;
}

exports.visit = visit;


/***/ }),

/***/ 3461:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var cstScalar = __nccwpck_require__(110);
var cstStringify = __nccwpck_require__(1733);
var cstVisit = __nccwpck_require__(7715);

/** The byte order mark */
const BOM = '\u{FEFF}';
/** Start of doc-mode */
const DOCUMENT = '\x02'; // C0: Start of Text
/** Unexpected end of flow-mode */
const FLOW_END = '\x18'; // C0: Cancel
/** Next token is a scalar value */
const SCALAR = '\x1f'; // C0: Unit Separator
/** @returns `true` if `token` is a flow or block collection */
const isCollection = (token) => !!token && 'items' in token;
/** @returns `true` if `token` is a flow or block scalar; not an alias */
const isScalar = (token) => !!token &&
    (token.type === 'scalar' ||
        token.type === 'single-quoted-scalar' ||
        token.type === 'double-quoted-scalar' ||
        token.type === 'block-scalar');
/* istanbul ignore next */
/** Get a printable representation of a lexer token */
function prettyToken(token) {
    switch (token) {
        case BOM:
            return '<BOM>';
        case DOCUMENT:
            return '<DOC>';
        case FLOW_END:
            return '<FLOW_END>';
        case SCALAR:
            return '<SCALAR>';
        default:
            return JSON.stringify(token);
    }
}
/** Identify the type of a lexer token. May return `null` for unknown tokens. */
function tokenType(source) {
    switch (source) {
        case BOM:
            return 'byte-order-mark';
        case DOCUMENT:
            return 'doc-mode';
        case FLOW_END:
            return 'flow-error-end';
        case SCALAR:
            return 'scalar';
        case '---':
            return 'doc-start';
        case '...':
            return 'doc-end';
        case '':
        case '\n':
        case '\r\n':
            return 'newline';
        case '-':
            return 'seq-item-ind';
        case '?':
            return 'explicit-key-ind';
        case ':':
            return 'map-value-ind';
        case '{':
            return 'flow-map-start';
        case '}':
            return 'flow-map-end';
        case '[':
            return 'flow-seq-start';
        case ']':
            return 'flow-seq-end';
        case ',':
            return 'comma';
    }
    switch (source[0]) {
        case ' ':
        case '\t':
            return 'space';
        case '#':
            return 'comment';
        case '%':
            return 'directive-line';
        case '*':
            return 'alias';
        case '&':
            return 'anchor';
        case '!':
            return 'tag';
        case "'":
            return 'single-quoted-scalar';
        case '"':
            return 'double-quoted-scalar';
        case '|':
        case '>':
            return 'block-scalar-header';
    }
    return null;
}

exports.createScalarToken = cstScalar.createScalarToken;
exports.resolveAsScalar = cstScalar.resolveAsScalar;
exports.setScalarValue = cstScalar.setScalarValue;
exports.stringify = cstStringify.stringify;
exports.visit = cstVisit.visit;
exports.BOM = BOM;
exports.DOCUMENT = DOCUMENT;
exports.FLOW_END = FLOW_END;
exports.SCALAR = SCALAR;
exports.isCollection = isCollection;
exports.isScalar = isScalar;
exports.prettyToken = prettyToken;
exports.tokenType = tokenType;


/***/ }),

/***/ 361:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var cst = __nccwpck_require__(3461);

/*
START -> stream

stream
  directive -> line-end -> stream
  indent + line-end -> stream
  [else] -> line-start

line-end
  comment -> line-end
  newline -> .
  input-end -> END

line-start
  doc-start -> doc
  doc-end -> stream
  [else] -> indent -> block-start

block-start
  seq-item-start -> block-start
  explicit-key-start -> block-start
  map-value-start -> block-start
  [else] -> doc

doc
  line-end -> line-start
  spaces -> doc
  anchor -> doc
  tag -> doc
  flow-start -> flow -> doc
  flow-end -> error -> doc
  seq-item-start -> error -> doc
  explicit-key-start -> error -> doc
  map-value-start -> doc
  alias -> doc
  quote-start -> quoted-scalar -> doc
  block-scalar-header -> line-end -> block-scalar(min) -> line-start
  [else] -> plain-scalar(false, min) -> doc

flow
  line-end -> flow
  spaces -> flow
  anchor -> flow
  tag -> flow
  flow-start -> flow -> flow
  flow-end -> .
  seq-item-start -> error -> flow
  explicit-key-start -> flow
  map-value-start -> flow
  alias -> flow
  quote-start -> quoted-scalar -> flow
  comma -> flow
  [else] -> plain-scalar(true, 0) -> flow

quoted-scalar
  quote-end -> .
  [else] -> quoted-scalar

block-scalar(min)
  newline + peek(indent < min) -> .
  [else] -> block-scalar(min)

plain-scalar(is-flow, min)
  scalar-end(is-flow) -> .
  peek(newline + (indent < min)) -> .
  [else] -> plain-scalar(min)
*/
function isEmpty(ch) {
    switch (ch) {
        case undefined:
        case ' ':
        case '\n':
        case '\r':
        case '\t':
            return true;
        default:
            return false;
    }
}
const hexDigits = new Set('0123456789ABCDEFabcdef');
const tagChars = new Set("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-#;/?:@&=+$_.!~*'()");
const flowIndicatorChars = new Set(',[]{}');
const invalidAnchorChars = new Set(' ,[]{}\n\r\t');
const isNotAnchorChar = (ch) => !ch || invalidAnchorChars.has(ch);
/**
 * Splits an input string into lexical tokens, i.e. smaller strings that are
 * easily identifiable by `tokens.tokenType()`.
 *
 * Lexing starts always in a "stream" context. Incomplete input may be buffered
 * until a complete token can be emitted.
 *
 * In addition to slices of the original input, the following control characters
 * may also be emitted:
 *
 * - `\x02` (Start of Text): A document starts with the next token
 * - `\x18` (Cancel): Unexpected end of flow-mode (indicates an error)
 * - `\x1f` (Unit Separator): Next token is a scalar value
 * - `\u{FEFF}` (Byte order mark): Emitted separately outside documents
 */
class Lexer {
    constructor() {
        /**
         * Flag indicating whether the end of the current buffer marks the end of
         * all input
         */
        this.atEnd = false;
        /**
         * Explicit indent set in block scalar header, as an offset from the current
         * minimum indent, so e.g. set to 1 from a header `|2+`. Set to -1 if not
         * explicitly set.
         */
        this.blockScalarIndent = -1;
        /**
         * Block scalars that include a + (keep) chomping indicator in their header
         * include trailing empty lines, which are otherwise excluded from the
         * scalar's contents.
         */
        this.blockScalarKeep = false;
        /** Current input */
        this.buffer = '';
        /**
         * Flag noting whether the map value indicator : can immediately follow this
         * node within a flow context.
         */
        this.flowKey = false;
        /** Count of surrounding flow collection levels. */
        this.flowLevel = 0;
        /**
         * Minimum level of indentation required for next lines to be parsed as a
         * part of the current scalar value.
         */
        this.indentNext = 0;
        /** Indentation level of the current line. */
        this.indentValue = 0;
        /** Position of the next \n character. */
        this.lineEndPos = null;
        /** Stores the state of the lexer if reaching the end of incpomplete input */
        this.next = null;
        /** A pointer to `buffer`; the current position of the lexer. */
        this.pos = 0;
    }
    /**
     * Generate YAML tokens from the `source` string. If `incomplete`,
     * a part of the last line may be left as a buffer for the next call.
     *
     * @returns A generator of lexical tokens
     */
    *lex(source, incomplete = false) {
        if (source) {
            if (typeof source !== 'string')
                throw TypeError('source is not a string');
            this.buffer = this.buffer ? this.buffer + source : source;
            this.lineEndPos = null;
        }
        this.atEnd = !incomplete;
        let next = this.next ?? 'stream';
        while (next && (incomplete || this.hasChars(1)))
            next = yield* this.parseNext(next);
    }
    atLineEnd() {
        let i = this.pos;
        let ch = this.buffer[i];
        while (ch === ' ' || ch === '\t')
            ch = this.buffer[++i];
        if (!ch || ch === '#' || ch === '\n')
            return true;
        if (ch === '\r')
            return this.buffer[i + 1] === '\n';
        return false;
    }
    charAt(n) {
        return this.buffer[this.pos + n];
    }
    continueScalar(offset) {
        let ch = this.buffer[offset];
        if (this.indentNext > 0) {
            let indent = 0;
            while (ch === ' ')
                ch = this.buffer[++indent + offset];
            if (ch === '\r') {
                const next = this.buffer[indent + offset + 1];
                if (next === '\n' || (!next && !this.atEnd))
                    return offset + indent + 1;
            }
            return ch === '\n' || indent >= this.indentNext || (!ch && !this.atEnd)
                ? offset + indent
                : -1;
        }
        if (ch === '-' || ch === '.') {
            const dt = this.buffer.substr(offset, 3);
            if ((dt === '---' || dt === '...') && isEmpty(this.buffer[offset + 3]))
                return -1;
        }
        return offset;
    }
    getLine() {
        let end = this.lineEndPos;
        if (typeof end !== 'number' || (end !== -1 && end < this.pos)) {
            end = this.buffer.indexOf('\n', this.pos);
            this.lineEndPos = end;
        }
        if (end === -1)
            return this.atEnd ? this.buffer.substring(this.pos) : null;
        if (this.buffer[end - 1] === '\r')
            end -= 1;
        return this.buffer.substring(this.pos, end);
    }
    hasChars(n) {
        return this.pos + n <= this.buffer.length;
    }
    setNext(state) {
        this.buffer = this.buffer.substring(this.pos);
        this.pos = 0;
        this.lineEndPos = null;
        this.next = state;
        return null;
    }
    peek(n) {
        return this.buffer.substr(this.pos, n);
    }
    *parseNext(next) {
        switch (next) {
            case 'stream':
                return yield* this.parseStream();
            case 'line-start':
                return yield* this.parseLineStart();
            case 'block-start':
                return yield* this.parseBlockStart();
            case 'doc':
                return yield* this.parseDocument();
            case 'flow':
                return yield* this.parseFlowCollection();
            case 'quoted-scalar':
                return yield* this.parseQuotedScalar();
            case 'block-scalar':
                return yield* this.parseBlockScalar();
            case 'plain-scalar':
                return yield* this.parsePlainScalar();
        }
    }
    *parseStream() {
        let line = this.getLine();
        if (line === null)
            return this.setNext('stream');
        if (line[0] === cst.BOM) {
            yield* this.pushCount(1);
            line = line.substring(1);
        }
        if (line[0] === '%') {
            let dirEnd = line.length;
            let cs = line.indexOf('#');
            while (cs !== -1) {
                const ch = line[cs - 1];
                if (ch === ' ' || ch === '\t') {
                    dirEnd = cs - 1;
                    break;
                }
                else {
                    cs = line.indexOf('#', cs + 1);
                }
            }
            while (true) {
                const ch = line[dirEnd - 1];
                if (ch === ' ' || ch === '\t')
                    dirEnd -= 1;
                else
                    break;
            }
            const n = (yield* this.pushCount(dirEnd)) + (yield* this.pushSpaces(true));
            yield* this.pushCount(line.length - n); // possible comment
            this.pushNewline();
            return 'stream';
        }
        if (this.atLineEnd()) {
            const sp = yield* this.pushSpaces(true);
            yield* this.pushCount(line.length - sp);
            yield* this.pushNewline();
            return 'stream';
        }
        yield cst.DOCUMENT;
        return yield* this.parseLineStart();
    }
    *parseLineStart() {
        const ch = this.charAt(0);
        if (!ch && !this.atEnd)
            return this.setNext('line-start');
        if (ch === '-' || ch === '.') {
            if (!this.atEnd && !this.hasChars(4))
                return this.setNext('line-start');
            const s = this.peek(3);
            if ((s === '---' || s === '...') && isEmpty(this.charAt(3))) {
                yield* this.pushCount(3);
                this.indentValue = 0;
                this.indentNext = 0;
                return s === '---' ? 'doc' : 'stream';
            }
        }
        this.indentValue = yield* this.pushSpaces(false);
        if (this.indentNext > this.indentValue && !isEmpty(this.charAt(1)))
            this.indentNext = this.indentValue;
        return yield* this.parseBlockStart();
    }
    *parseBlockStart() {
        const [ch0, ch1] = this.peek(2);
        if (!ch1 && !this.atEnd)
            return this.setNext('block-start');
        if ((ch0 === '-' || ch0 === '?' || ch0 === ':') && isEmpty(ch1)) {
            const n = (yield* this.pushCount(1)) + (yield* this.pushSpaces(true));
            this.indentNext = this.indentValue + 1;
            this.indentValue += n;
            return 'block-start';
        }
        return 'doc';
    }
    *parseDocument() {
        yield* this.pushSpaces(true);
        const line = this.getLine();
        if (line === null)
            return this.setNext('doc');
        let n = yield* this.pushIndicators();
        switch (line[n]) {
            case '#':
                yield* this.pushCount(line.length - n);
            // fallthrough
            case undefined:
                yield* this.pushNewline();
                return yield* this.parseLineStart();
            case '{':
            case '[':
                yield* this.pushCount(1);
                this.flowKey = false;
                this.flowLevel = 1;
                return 'flow';
            case '}':
            case ']':
                // this is an error
                yield* this.pushCount(1);
                return 'doc';
            case '*':
                yield* this.pushUntil(isNotAnchorChar);
                return 'doc';
            case '"':
            case "'":
                return yield* this.parseQuotedScalar();
            case '|':
            case '>':
                n += yield* this.parseBlockScalarHeader();
                n += yield* this.pushSpaces(true);
                yield* this.pushCount(line.length - n);
                yield* this.pushNewline();
                return yield* this.parseBlockScalar();
            default:
                return yield* this.parsePlainScalar();
        }
    }
    *parseFlowCollection() {
        let nl, sp;
        let indent = -1;
        do {
            nl = yield* this.pushNewline();
            if (nl > 0) {
                sp = yield* this.pushSpaces(false);
                this.indentValue = indent = sp;
            }
            else {
                sp = 0;
            }
            sp += yield* this.pushSpaces(true);
        } while (nl + sp > 0);
        const line = this.getLine();
        if (line === null)
            return this.setNext('flow');
        if ((indent !== -1 && indent < this.indentNext && line[0] !== '#') ||
            (indent === 0 &&
                (line.startsWith('---') || line.startsWith('...')) &&
                isEmpty(line[3]))) {
            // Allowing for the terminal ] or } at the same (rather than greater)
            // indent level as the initial [ or { is technically invalid, but
            // failing here would be surprising to users.
            const atFlowEndMarker = indent === this.indentNext - 1 &&
                this.flowLevel === 1 &&
                (line[0] === ']' || line[0] === '}');
            if (!atFlowEndMarker) {
                // this is an error
                this.flowLevel = 0;
                yield cst.FLOW_END;
                return yield* this.parseLineStart();
            }
        }
        let n = 0;
        while (line[n] === ',') {
            n += yield* this.pushCount(1);
            n += yield* this.pushSpaces(true);
            this.flowKey = false;
        }
        n += yield* this.pushIndicators();
        switch (line[n]) {
            case undefined:
                return 'flow';
            case '#':
                yield* this.pushCount(line.length - n);
                return 'flow';
            case '{':
            case '[':
                yield* this.pushCount(1);
                this.flowKey = false;
                this.flowLevel += 1;
                return 'flow';
            case '}':
            case ']':
                yield* this.pushCount(1);
                this.flowKey = true;
                this.flowLevel -= 1;
                return this.flowLevel ? 'flow' : 'doc';
            case '*':
                yield* this.pushUntil(isNotAnchorChar);
                return 'flow';
            case '"':
            case "'":
                this.flowKey = true;
                return yield* this.parseQuotedScalar();
            case ':': {
                const next = this.charAt(1);
                if (this.flowKey || isEmpty(next) || next === ',') {
                    this.flowKey = false;
                    yield* this.pushCount(1);
                    yield* this.pushSpaces(true);
                    return 'flow';
                }
            }
            // fallthrough
            default:
                this.flowKey = false;
                return yield* this.parsePlainScalar();
        }
    }
    *parseQuotedScalar() {
        const quote = this.charAt(0);
        let end = this.buffer.indexOf(quote, this.pos + 1);
        if (quote === "'") {
            while (end !== -1 && this.buffer[end + 1] === "'")
                end = this.buffer.indexOf("'", end + 2);
        }
        else {
            // double-quote
            while (end !== -1) {
                let n = 0;
                while (this.buffer[end - 1 - n] === '\\')
                    n += 1;
                if (n % 2 === 0)
                    break;
                end = this.buffer.indexOf('"', end + 1);
            }
        }
        // Only looking for newlines within the quotes
        const qb = this.buffer.substring(0, end);
        let nl = qb.indexOf('\n', this.pos);
        if (nl !== -1) {
            while (nl !== -1) {
                const cs = this.continueScalar(nl + 1);
                if (cs === -1)
                    break;
                nl = qb.indexOf('\n', cs);
            }
            if (nl !== -1) {
                // this is an error caused by an unexpected unindent
                end = nl - (qb[nl - 1] === '\r' ? 2 : 1);
            }
        }
        if (end === -1) {
            if (!this.atEnd)
                return this.setNext('quoted-scalar');
            end = this.buffer.length;
        }
        yield* this.pushToIndex(end + 1, false);
        return this.flowLevel ? 'flow' : 'doc';
    }
    *parseBlockScalarHeader() {
        this.blockScalarIndent = -1;
        this.blockScalarKeep = false;
        let i = this.pos;
        while (true) {
            const ch = this.buffer[++i];
            if (ch === '+')
                this.blockScalarKeep = true;
            else if (ch > '0' && ch <= '9')
                this.blockScalarIndent = Number(ch) - 1;
            else if (ch !== '-')
                break;
        }
        return yield* this.pushUntil(ch => isEmpty(ch) || ch === '#');
    }
    *parseBlockScalar() {
        let nl = this.pos - 1; // may be -1 if this.pos === 0
        let indent = 0;
        let ch;
        loop: for (let i = this.pos; (ch = this.buffer[i]); ++i) {
            switch (ch) {
                case ' ':
                    indent += 1;
                    break;
                case '\n':
                    nl = i;
                    indent = 0;
                    break;
                case '\r': {
                    const next = this.buffer[i + 1];
                    if (!next && !this.atEnd)
                        return this.setNext('block-scalar');
                    if (next === '\n')
                        break;
                } // fallthrough
                default:
                    break loop;
            }
        }
        if (!ch && !this.atEnd)
            return this.setNext('block-scalar');
        if (indent >= this.indentNext) {
            if (this.blockScalarIndent === -1)
                this.indentNext = indent;
            else {
                this.indentNext =
                    this.blockScalarIndent + (this.indentNext === 0 ? 1 : this.indentNext);
            }
            do {
                const cs = this.continueScalar(nl + 1);
                if (cs === -1)
                    break;
                nl = this.buffer.indexOf('\n', cs);
            } while (nl !== -1);
            if (nl === -1) {
                if (!this.atEnd)
                    return this.setNext('block-scalar');
                nl = this.buffer.length;
            }
        }
        // Trailing insufficiently indented tabs are invalid.
        // To catch that during parsing, we include them in the block scalar value.
        let i = nl + 1;
        ch = this.buffer[i];
        while (ch === ' ')
            ch = this.buffer[++i];
        if (ch === '\t') {
            while (ch === '\t' || ch === ' ' || ch === '\r' || ch === '\n')
                ch = this.buffer[++i];
            nl = i - 1;
        }
        else if (!this.blockScalarKeep) {
            do {
                let i = nl - 1;
                let ch = this.buffer[i];
                if (ch === '\r')
                    ch = this.buffer[--i];
                const lastChar = i; // Drop the line if last char not more indented
                while (ch === ' ')
                    ch = this.buffer[--i];
                if (ch === '\n' && i >= this.pos && i + 1 + indent > lastChar)
                    nl = i;
                else
                    break;
            } while (true);
        }
        yield cst.SCALAR;
        yield* this.pushToIndex(nl + 1, true);
        return yield* this.parseLineStart();
    }
    *parsePlainScalar() {
        const inFlow = this.flowLevel > 0;
        let end = this.pos - 1;
        let i = this.pos - 1;
        let ch;
        while ((ch = this.buffer[++i])) {
            if (ch === ':') {
                const next = this.buffer[i + 1];
                if (isEmpty(next) || (inFlow && flowIndicatorChars.has(next)))
                    break;
                end = i;
            }
            else if (isEmpty(ch)) {
                let next = this.buffer[i + 1];
                if (ch === '\r') {
                    if (next === '\n') {
                        i += 1;
                        ch = '\n';
                        next = this.buffer[i + 1];
                    }
                    else
                        end = i;
                }
                if (next === '#' || (inFlow && flowIndicatorChars.has(next)))
                    break;
                if (ch === '\n') {
                    const cs = this.continueScalar(i + 1);
                    if (cs === -1)
                        break;
                    i = Math.max(i, cs - 2); // to advance, but still account for ' #'
                }
            }
            else {
                if (inFlow && flowIndicatorChars.has(ch))
                    break;
                end = i;
            }
        }
        if (!ch && !this.atEnd)
            return this.setNext('plain-scalar');
        yield cst.SCALAR;
        yield* this.pushToIndex(end + 1, true);
        return inFlow ? 'flow' : 'doc';
    }
    *pushCount(n) {
        if (n > 0) {
            yield this.buffer.substr(this.pos, n);
            this.pos += n;
            return n;
        }
        return 0;
    }
    *pushToIndex(i, allowEmpty) {
        const s = this.buffer.slice(this.pos, i);
        if (s) {
            yield s;
            this.pos += s.length;
            return s.length;
        }
        else if (allowEmpty)
            yield '';
        return 0;
    }
    *pushIndicators() {
        let n = 0;
        loop: while (true) {
            switch (this.charAt(0)) {
                case '!':
                    n += yield* this.pushTag();
                    n += yield* this.pushSpaces(true);
                    continue loop;
                case '&':
                    n += yield* this.pushUntil(isNotAnchorChar);
                    n += yield* this.pushSpaces(true);
                    continue loop;
                case '-': // this is an error
                case '?': // this is an error outside flow collections
                case ':': {
                    const inFlow = this.flowLevel > 0;
                    const ch1 = this.charAt(1);
                    if (isEmpty(ch1) || (inFlow && flowIndicatorChars.has(ch1))) {
                        if (!inFlow)
                            this.indentNext = this.indentValue + 1;
                        else if (this.flowKey)
                            this.flowKey = false;
                        n += yield* this.pushCount(1);
                        n += yield* this.pushSpaces(true);
                        continue loop;
                    }
                }
            }
            break loop;
        }
        return n;
    }
    *pushTag() {
        if (this.charAt(1) === '<') {
            let i = this.pos + 2;
            let ch = this.buffer[i];
            while (!isEmpty(ch) && ch !== '>')
                ch = this.buffer[++i];
            return yield* this.pushToIndex(ch === '>' ? i + 1 : i, false);
        }
        else {
            let i = this.pos + 1;
            let ch = this.buffer[i];
            while (ch) {
                if (tagChars.has(ch))
                    ch = this.buffer[++i];
                else if (ch === '%' &&
                    hexDigits.has(this.buffer[i + 1]) &&
                    hexDigits.has(this.buffer[i + 2])) {
                    ch = this.buffer[(i += 3)];
                }
                else
                    break;
            }
            return yield* this.pushToIndex(i, false);
        }
    }
    *pushNewline() {
        const ch = this.buffer[this.pos];
        if (ch === '\n')
            return yield* this.pushCount(1);
        else if (ch === '\r' && this.charAt(1) === '\n')
            return yield* this.pushCount(2);
        else
            return 0;
    }
    *pushSpaces(allowTabs) {
        let i = this.pos - 1;
        let ch;
        do {
            ch = this.buffer[++i];
        } while (ch === ' ' || (allowTabs && ch === '\t'));
        const n = i - this.pos;
        if (n > 0) {
            yield this.buffer.substr(this.pos, n);
            this.pos = i;
        }
        return n;
    }
    *pushUntil(test) {
        let i = this.pos;
        let ch = this.buffer[i];
        while (!test(ch))
            ch = this.buffer[++i];
        return yield* this.pushToIndex(i, false);
    }
}

exports.Lexer = Lexer;


/***/ }),

/***/ 6628:
/***/ ((__unused_webpack_module, exports) => {



/**
 * Tracks newlines during parsing in order to provide an efficient API for
 * determining the one-indexed `{ line, col }` position for any offset
 * within the input.
 */
class LineCounter {
    constructor() {
        this.lineStarts = [];
        /**
         * Should be called in ascending order. Otherwise, call
         * `lineCounter.lineStarts.sort()` before calling `linePos()`.
         */
        this.addNewLine = (offset) => this.lineStarts.push(offset);
        /**
         * Performs a binary search and returns the 1-indexed { line, col }
         * position of `offset`. If `line === 0`, `addNewLine` has never been
         * called or `offset` is before the first known newline.
         */
        this.linePos = (offset) => {
            let low = 0;
            let high = this.lineStarts.length;
            while (low < high) {
                const mid = (low + high) >> 1; // Math.floor((low + high) / 2)
                if (this.lineStarts[mid] < offset)
                    low = mid + 1;
                else
                    high = mid;
            }
            if (this.lineStarts[low] === offset)
                return { line: low + 1, col: 1 };
            if (low === 0)
                return { line: 0, col: offset };
            const start = this.lineStarts[low - 1];
            return { line: low, col: offset - start + 1 };
        };
    }
}

exports.LineCounter = LineCounter;


/***/ }),

/***/ 3456:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var node_process = __nccwpck_require__(932);
var cst = __nccwpck_require__(3461);
var lexer = __nccwpck_require__(361);

function includesToken(list, type) {
    for (let i = 0; i < list.length; ++i)
        if (list[i].type === type)
            return true;
    return false;
}
function findNonEmptyIndex(list) {
    for (let i = 0; i < list.length; ++i) {
        switch (list[i].type) {
            case 'space':
            case 'comment':
            case 'newline':
                break;
            default:
                return i;
        }
    }
    return -1;
}
function isFlowToken(token) {
    switch (token?.type) {
        case 'alias':
        case 'scalar':
        case 'single-quoted-scalar':
        case 'double-quoted-scalar':
        case 'flow-collection':
            return true;
        default:
            return false;
    }
}
function getPrevProps(parent) {
    switch (parent.type) {
        case 'document':
            return parent.start;
        case 'block-map': {
            const it = parent.items[parent.items.length - 1];
            return it.sep ?? it.start;
        }
        case 'block-seq':
            return parent.items[parent.items.length - 1].start;
        /* istanbul ignore next should not happen */
        default:
            return [];
    }
}
/** Note: May modify input array */
function getFirstKeyStartProps(prev) {
    if (prev.length === 0)
        return [];
    let i = prev.length;
    loop: while (--i >= 0) {
        switch (prev[i].type) {
            case 'doc-start':
            case 'explicit-key-ind':
            case 'map-value-ind':
            case 'seq-item-ind':
            case 'newline':
                break loop;
        }
    }
    while (prev[++i]?.type === 'space') {
        /* loop */
    }
    return prev.splice(i, prev.length);
}
function arrayPushArray(target, source) {
    // May exhaust call stack with large `source` array
    if (source.length < 1e5)
        Array.prototype.push.apply(target, source);
    else
        for (let i = 0; i < source.length; ++i)
            target.push(source[i]);
}
function fixFlowSeqItems(fc) {
    if (fc.start.type === 'flow-seq-start') {
        for (const it of fc.items) {
            if (it.sep &&
                !it.value &&
                !includesToken(it.start, 'explicit-key-ind') &&
                !includesToken(it.sep, 'map-value-ind')) {
                if (it.key)
                    it.value = it.key;
                delete it.key;
                if (isFlowToken(it.value)) {
                    if (it.value.end)
                        arrayPushArray(it.value.end, it.sep);
                    else
                        it.value.end = it.sep;
                }
                else
                    arrayPushArray(it.start, it.sep);
                delete it.sep;
            }
        }
    }
}
/**
 * A YAML concrete syntax tree (CST) parser
 *
 * ```ts
 * const src: string = ...
 * for (const token of new Parser().parse(src)) {
 *   // token: Token
 * }
 * ```
 *
 * To use the parser with a user-provided lexer:
 *
 * ```ts
 * function* parse(source: string, lexer: Lexer) {
 *   const parser = new Parser()
 *   for (const lexeme of lexer.lex(source))
 *     yield* parser.next(lexeme)
 *   yield* parser.end()
 * }
 *
 * const src: string = ...
 * const lexer = new Lexer()
 * for (const token of parse(src, lexer)) {
 *   // token: Token
 * }
 * ```
 */
class Parser {
    /**
     * @param onNewLine - If defined, called separately with the start position of
     *   each new line (in `parse()`, including the start of input).
     */
    constructor(onNewLine) {
        /** If true, space and sequence indicators count as indentation */
        this.atNewLine = true;
        /** If true, next token is a scalar value */
        this.atScalar = false;
        /** Current indentation level */
        this.indent = 0;
        /** Current offset since the start of parsing */
        this.offset = 0;
        /** On the same line with a block map key */
        this.onKeyLine = false;
        /** Top indicates the node that's currently being built */
        this.stack = [];
        /** The source of the current token, set in parse() */
        this.source = '';
        /** The type of the current token, set in parse() */
        this.type = '';
        // Must be defined after `next()`
        this.lexer = new lexer.Lexer();
        this.onNewLine = onNewLine;
    }
    /**
     * Parse `source` as a YAML stream.
     * If `incomplete`, a part of the last line may be left as a buffer for the next call.
     *
     * Errors are not thrown, but yielded as `{ type: 'error', message }` tokens.
     *
     * @returns A generator of tokens representing each directive, document, and other structure.
     */
    *parse(source, incomplete = false) {
        if (this.onNewLine && this.offset === 0)
            this.onNewLine(0);
        for (const lexeme of this.lexer.lex(source, incomplete))
            yield* this.next(lexeme);
        if (!incomplete)
            yield* this.end();
    }
    /**
     * Advance the parser by the `source` of one lexical token.
     */
    *next(source) {
        this.source = source;
        if (node_process.env.LOG_TOKENS)
            console.log('|', cst.prettyToken(source));
        if (this.atScalar) {
            this.atScalar = false;
            yield* this.step();
            this.offset += source.length;
            return;
        }
        const type = cst.tokenType(source);
        if (!type) {
            const message = `Not a YAML token: ${source}`;
            yield* this.pop({ type: 'error', offset: this.offset, message, source });
            this.offset += source.length;
        }
        else if (type === 'scalar') {
            this.atNewLine = false;
            this.atScalar = true;
            this.type = 'scalar';
        }
        else {
            this.type = type;
            yield* this.step();
            switch (type) {
                case 'newline':
                    this.atNewLine = true;
                    this.indent = 0;
                    if (this.onNewLine)
                        this.onNewLine(this.offset + source.length);
                    break;
                case 'space':
                    if (this.atNewLine && source[0] === ' ')
                        this.indent += source.length;
                    break;
                case 'explicit-key-ind':
                case 'map-value-ind':
                case 'seq-item-ind':
                    if (this.atNewLine)
                        this.indent += source.length;
                    break;
                case 'doc-mode':
                case 'flow-error-end':
                    return;
                default:
                    this.atNewLine = false;
            }
            this.offset += source.length;
        }
    }
    /** Call at end of input to push out any remaining constructions */
    *end() {
        while (this.stack.length > 0)
            yield* this.pop();
    }
    get sourceToken() {
        const st = {
            type: this.type,
            offset: this.offset,
            indent: this.indent,
            source: this.source
        };
        return st;
    }
    *step() {
        const top = this.peek(1);
        if (this.type === 'doc-end' && top?.type !== 'doc-end') {
            while (this.stack.length > 0)
                yield* this.pop();
            this.stack.push({
                type: 'doc-end',
                offset: this.offset,
                source: this.source
            });
            return;
        }
        if (!top)
            return yield* this.stream();
        switch (top.type) {
            case 'document':
                return yield* this.document(top);
            case 'alias':
            case 'scalar':
            case 'single-quoted-scalar':
            case 'double-quoted-scalar':
                return yield* this.scalar(top);
            case 'block-scalar':
                return yield* this.blockScalar(top);
            case 'block-map':
                return yield* this.blockMap(top);
            case 'block-seq':
                return yield* this.blockSequence(top);
            case 'flow-collection':
                return yield* this.flowCollection(top);
            case 'doc-end':
                return yield* this.documentEnd(top);
        }
        /* istanbul ignore next should not happen */
        yield* this.pop();
    }
    peek(n) {
        return this.stack[this.stack.length - n];
    }
    *pop(error) {
        const token = error ?? this.stack.pop();
        /* istanbul ignore if should not happen */
        if (!token) {
            const message = 'Tried to pop an empty stack';
            yield { type: 'error', offset: this.offset, source: '', message };
        }
        else if (this.stack.length === 0) {
            yield token;
        }
        else {
            const top = this.peek(1);
            if (token.type === 'block-scalar') {
                // Block scalars use their parent rather than header indent
                token.indent = 'indent' in top ? top.indent : 0;
            }
            else if (token.type === 'flow-collection' && top.type === 'document') {
                // Ignore all indent for top-level flow collections
                token.indent = 0;
            }
            if (token.type === 'flow-collection')
                fixFlowSeqItems(token);
            switch (top.type) {
                case 'document':
                    top.value = token;
                    break;
                case 'block-scalar':
                    top.props.push(token); // error
                    break;
                case 'block-map': {
                    const it = top.items[top.items.length - 1];
                    if (it.value) {
                        top.items.push({ start: [], key: token, sep: [] });
                        this.onKeyLine = true;
                        return;
                    }
                    else if (it.sep) {
                        it.value = token;
                    }
                    else {
                        Object.assign(it, { key: token, sep: [] });
                        this.onKeyLine = !it.explicitKey;
                        return;
                    }
                    break;
                }
                case 'block-seq': {
                    const it = top.items[top.items.length - 1];
                    if (it.value)
                        top.items.push({ start: [], value: token });
                    else
                        it.value = token;
                    break;
                }
                case 'flow-collection': {
                    const it = top.items[top.items.length - 1];
                    if (!it || it.value)
                        top.items.push({ start: [], key: token, sep: [] });
                    else if (it.sep)
                        it.value = token;
                    else
                        Object.assign(it, { key: token, sep: [] });
                    return;
                }
                /* istanbul ignore next should not happen */
                default:
                    yield* this.pop();
                    yield* this.pop(token);
            }
            if ((top.type === 'document' ||
                top.type === 'block-map' ||
                top.type === 'block-seq') &&
                (token.type === 'block-map' || token.type === 'block-seq')) {
                const last = token.items[token.items.length - 1];
                if (last &&
                    !last.sep &&
                    !last.value &&
                    last.start.length > 0 &&
                    findNonEmptyIndex(last.start) === -1 &&
                    (token.indent === 0 ||
                        last.start.every(st => st.type !== 'comment' || st.indent < token.indent))) {
                    if (top.type === 'document')
                        top.end = last.start;
                    else
                        top.items.push({ start: last.start });
                    token.items.splice(-1, 1);
                }
            }
        }
    }
    *stream() {
        switch (this.type) {
            case 'directive-line':
                yield { type: 'directive', offset: this.offset, source: this.source };
                return;
            case 'byte-order-mark':
            case 'space':
            case 'comment':
            case 'newline':
                yield this.sourceToken;
                return;
            case 'doc-mode':
            case 'doc-start': {
                const doc = {
                    type: 'document',
                    offset: this.offset,
                    start: []
                };
                if (this.type === 'doc-start')
                    doc.start.push(this.sourceToken);
                this.stack.push(doc);
                return;
            }
        }
        yield {
            type: 'error',
            offset: this.offset,
            message: `Unexpected ${this.type} token in YAML stream`,
            source: this.source
        };
    }
    *document(doc) {
        if (doc.value)
            return yield* this.lineEnd(doc);
        switch (this.type) {
            case 'doc-start': {
                if (findNonEmptyIndex(doc.start) !== -1) {
                    yield* this.pop();
                    yield* this.step();
                }
                else
                    doc.start.push(this.sourceToken);
                return;
            }
            case 'anchor':
            case 'tag':
            case 'space':
            case 'comment':
            case 'newline':
                doc.start.push(this.sourceToken);
                return;
        }
        const bv = this.startBlockValue(doc);
        if (bv)
            this.stack.push(bv);
        else {
            yield {
                type: 'error',
                offset: this.offset,
                message: `Unexpected ${this.type} token in YAML document`,
                source: this.source
            };
        }
    }
    *scalar(scalar) {
        if (this.type === 'map-value-ind') {
            const prev = getPrevProps(this.peek(2));
            const start = getFirstKeyStartProps(prev);
            let sep;
            if (scalar.end) {
                sep = scalar.end;
                sep.push(this.sourceToken);
                delete scalar.end;
            }
            else
                sep = [this.sourceToken];
            const map = {
                type: 'block-map',
                offset: scalar.offset,
                indent: scalar.indent,
                items: [{ start, key: scalar, sep }]
            };
            this.onKeyLine = true;
            this.stack[this.stack.length - 1] = map;
        }
        else
            yield* this.lineEnd(scalar);
    }
    *blockScalar(scalar) {
        switch (this.type) {
            case 'space':
            case 'comment':
            case 'newline':
                scalar.props.push(this.sourceToken);
                return;
            case 'scalar':
                scalar.source = this.source;
                // block-scalar source includes trailing newline
                this.atNewLine = true;
                this.indent = 0;
                if (this.onNewLine) {
                    let nl = this.source.indexOf('\n') + 1;
                    while (nl !== 0) {
                        this.onNewLine(this.offset + nl);
                        nl = this.source.indexOf('\n', nl) + 1;
                    }
                }
                yield* this.pop();
                break;
            /* istanbul ignore next should not happen */
            default:
                yield* this.pop();
                yield* this.step();
        }
    }
    *blockMap(map) {
        const it = map.items[map.items.length - 1];
        // it.sep is true-ish if pair already has key or : separator
        switch (this.type) {
            case 'newline':
                this.onKeyLine = false;
                if (it.value) {
                    const end = 'end' in it.value ? it.value.end : undefined;
                    const last = Array.isArray(end) ? end[end.length - 1] : undefined;
                    if (last?.type === 'comment')
                        end?.push(this.sourceToken);
                    else
                        map.items.push({ start: [this.sourceToken] });
                }
                else if (it.sep) {
                    it.sep.push(this.sourceToken);
                }
                else {
                    it.start.push(this.sourceToken);
                }
                return;
            case 'space':
            case 'comment':
                if (it.value) {
                    map.items.push({ start: [this.sourceToken] });
                }
                else if (it.sep) {
                    it.sep.push(this.sourceToken);
                }
                else {
                    if (this.atIndentedComment(it.start, map.indent)) {
                        const prev = map.items[map.items.length - 2];
                        const end = prev?.value?.end;
                        if (Array.isArray(end)) {
                            arrayPushArray(end, it.start);
                            end.push(this.sourceToken);
                            map.items.pop();
                            return;
                        }
                    }
                    it.start.push(this.sourceToken);
                }
                return;
        }
        if (this.indent >= map.indent) {
            const atMapIndent = !this.onKeyLine && this.indent === map.indent;
            const atNextItem = atMapIndent &&
                (it.sep || it.explicitKey) &&
                this.type !== 'seq-item-ind';
            // For empty nodes, assign newline-separated not indented empty tokens to following node
            let start = [];
            if (atNextItem && it.sep && !it.value) {
                const nl = [];
                for (let i = 0; i < it.sep.length; ++i) {
                    const st = it.sep[i];
                    switch (st.type) {
                        case 'newline':
                            nl.push(i);
                            break;
                        case 'space':
                            break;
                        case 'comment':
                            if (st.indent > map.indent)
                                nl.length = 0;
                            break;
                        default:
                            nl.length = 0;
                    }
                }
                if (nl.length >= 2)
                    start = it.sep.splice(nl[1]);
            }
            switch (this.type) {
                case 'anchor':
                case 'tag':
                    if (atNextItem || it.value) {
                        start.push(this.sourceToken);
                        map.items.push({ start });
                        this.onKeyLine = true;
                    }
                    else if (it.sep) {
                        it.sep.push(this.sourceToken);
                    }
                    else {
                        it.start.push(this.sourceToken);
                    }
                    return;
                case 'explicit-key-ind':
                    if (!it.sep && !it.explicitKey) {
                        it.start.push(this.sourceToken);
                        it.explicitKey = true;
                    }
                    else if (atNextItem || it.value) {
                        start.push(this.sourceToken);
                        map.items.push({ start, explicitKey: true });
                    }
                    else {
                        this.stack.push({
                            type: 'block-map',
                            offset: this.offset,
                            indent: this.indent,
                            items: [{ start: [this.sourceToken], explicitKey: true }]
                        });
                    }
                    this.onKeyLine = true;
                    return;
                case 'map-value-ind':
                    if (it.explicitKey) {
                        if (!it.sep) {
                            if (includesToken(it.start, 'newline')) {
                                Object.assign(it, { key: null, sep: [this.sourceToken] });
                            }
                            else {
                                const start = getFirstKeyStartProps(it.start);
                                this.stack.push({
                                    type: 'block-map',
                                    offset: this.offset,
                                    indent: this.indent,
                                    items: [{ start, key: null, sep: [this.sourceToken] }]
                                });
                            }
                        }
                        else if (it.value) {
                            map.items.push({ start: [], key: null, sep: [this.sourceToken] });
                        }
                        else if (includesToken(it.sep, 'map-value-ind')) {
                            this.stack.push({
                                type: 'block-map',
                                offset: this.offset,
                                indent: this.indent,
                                items: [{ start, key: null, sep: [this.sourceToken] }]
                            });
                        }
                        else if (isFlowToken(it.key) &&
                            !includesToken(it.sep, 'newline')) {
                            const start = getFirstKeyStartProps(it.start);
                            const key = it.key;
                            const sep = it.sep;
                            sep.push(this.sourceToken);
                            // @ts-expect-error type guard is wrong here
                            delete it.key;
                            // @ts-expect-error type guard is wrong here
                            delete it.sep;
                            this.stack.push({
                                type: 'block-map',
                                offset: this.offset,
                                indent: this.indent,
                                items: [{ start, key, sep }]
                            });
                        }
                        else if (start.length > 0) {
                            // Not actually at next item
                            it.sep = it.sep.concat(start, this.sourceToken);
                        }
                        else {
                            it.sep.push(this.sourceToken);
                        }
                    }
                    else {
                        if (!it.sep) {
                            Object.assign(it, { key: null, sep: [this.sourceToken] });
                        }
                        else if (it.value || atNextItem) {
                            map.items.push({ start, key: null, sep: [this.sourceToken] });
                        }
                        else if (includesToken(it.sep, 'map-value-ind')) {
                            this.stack.push({
                                type: 'block-map',
                                offset: this.offset,
                                indent: this.indent,
                                items: [{ start: [], key: null, sep: [this.sourceToken] }]
                            });
                        }
                        else {
                            it.sep.push(this.sourceToken);
                        }
                    }
                    this.onKeyLine = true;
                    return;
                case 'alias':
                case 'scalar':
                case 'single-quoted-scalar':
                case 'double-quoted-scalar': {
                    const fs = this.flowScalar(this.type);
                    if (atNextItem || it.value) {
                        map.items.push({ start, key: fs, sep: [] });
                        this.onKeyLine = true;
                    }
                    else if (it.sep) {
                        this.stack.push(fs);
                    }
                    else {
                        Object.assign(it, { key: fs, sep: [] });
                        this.onKeyLine = true;
                    }
                    return;
                }
                default: {
                    const bv = this.startBlockValue(map);
                    if (bv) {
                        if (bv.type === 'block-seq') {
                            if (!it.explicitKey &&
                                it.sep &&
                                !includesToken(it.sep, 'newline')) {
                                yield* this.pop({
                                    type: 'error',
                                    offset: this.offset,
                                    message: 'Unexpected block-seq-ind on same line with key',
                                    source: this.source
                                });
                                return;
                            }
                        }
                        else if (atMapIndent) {
                            map.items.push({ start });
                        }
                        this.stack.push(bv);
                        return;
                    }
                }
            }
        }
        yield* this.pop();
        yield* this.step();
    }
    *blockSequence(seq) {
        const it = seq.items[seq.items.length - 1];
        switch (this.type) {
            case 'newline':
                if (it.value) {
                    const end = 'end' in it.value ? it.value.end : undefined;
                    const last = Array.isArray(end) ? end[end.length - 1] : undefined;
                    if (last?.type === 'comment')
                        end?.push(this.sourceToken);
                    else
                        seq.items.push({ start: [this.sourceToken] });
                }
                else
                    it.start.push(this.sourceToken);
                return;
            case 'space':
            case 'comment':
                if (it.value)
                    seq.items.push({ start: [this.sourceToken] });
                else {
                    if (this.atIndentedComment(it.start, seq.indent)) {
                        const prev = seq.items[seq.items.length - 2];
                        const end = prev?.value?.end;
                        if (Array.isArray(end)) {
                            arrayPushArray(end, it.start);
                            end.push(this.sourceToken);
                            seq.items.pop();
                            return;
                        }
                    }
                    it.start.push(this.sourceToken);
                }
                return;
            case 'anchor':
            case 'tag':
                if (it.value || this.indent <= seq.indent)
                    break;
                it.start.push(this.sourceToken);
                return;
            case 'seq-item-ind':
                if (this.indent !== seq.indent)
                    break;
                if (it.value || includesToken(it.start, 'seq-item-ind'))
                    seq.items.push({ start: [this.sourceToken] });
                else
                    it.start.push(this.sourceToken);
                return;
        }
        if (this.indent > seq.indent) {
            const bv = this.startBlockValue(seq);
            if (bv) {
                this.stack.push(bv);
                return;
            }
        }
        yield* this.pop();
        yield* this.step();
    }
    *flowCollection(fc) {
        const it = fc.items[fc.items.length - 1];
        if (this.type === 'flow-error-end') {
            let top;
            do {
                yield* this.pop();
                top = this.peek(1);
            } while (top?.type === 'flow-collection');
        }
        else if (fc.end.length === 0) {
            switch (this.type) {
                case 'comma':
                case 'explicit-key-ind':
                    if (!it || it.sep)
                        fc.items.push({ start: [this.sourceToken] });
                    else
                        it.start.push(this.sourceToken);
                    return;
                case 'map-value-ind':
                    if (!it || it.value)
                        fc.items.push({ start: [], key: null, sep: [this.sourceToken] });
                    else if (it.sep)
                        it.sep.push(this.sourceToken);
                    else
                        Object.assign(it, { key: null, sep: [this.sourceToken] });
                    return;
                case 'space':
                case 'comment':
                case 'newline':
                case 'anchor':
                case 'tag':
                    if (!it || it.value)
                        fc.items.push({ start: [this.sourceToken] });
                    else if (it.sep)
                        it.sep.push(this.sourceToken);
                    else
                        it.start.push(this.sourceToken);
                    return;
                case 'alias':
                case 'scalar':
                case 'single-quoted-scalar':
                case 'double-quoted-scalar': {
                    const fs = this.flowScalar(this.type);
                    if (!it || it.value)
                        fc.items.push({ start: [], key: fs, sep: [] });
                    else if (it.sep)
                        this.stack.push(fs);
                    else
                        Object.assign(it, { key: fs, sep: [] });
                    return;
                }
                case 'flow-map-end':
                case 'flow-seq-end':
                    fc.end.push(this.sourceToken);
                    return;
            }
            const bv = this.startBlockValue(fc);
            /* istanbul ignore else should not happen */
            if (bv)
                this.stack.push(bv);
            else {
                yield* this.pop();
                yield* this.step();
            }
        }
        else {
            const parent = this.peek(2);
            if (parent.type === 'block-map' &&
                ((this.type === 'map-value-ind' && parent.indent === fc.indent) ||
                    (this.type === 'newline' &&
                        !parent.items[parent.items.length - 1].sep))) {
                yield* this.pop();
                yield* this.step();
            }
            else if (this.type === 'map-value-ind' &&
                parent.type !== 'flow-collection') {
                const prev = getPrevProps(parent);
                const start = getFirstKeyStartProps(prev);
                fixFlowSeqItems(fc);
                const sep = fc.end.splice(1, fc.end.length);
                sep.push(this.sourceToken);
                const map = {
                    type: 'block-map',
                    offset: fc.offset,
                    indent: fc.indent,
                    items: [{ start, key: fc, sep }]
                };
                this.onKeyLine = true;
                this.stack[this.stack.length - 1] = map;
            }
            else {
                yield* this.lineEnd(fc);
            }
        }
    }
    flowScalar(type) {
        if (this.onNewLine) {
            let nl = this.source.indexOf('\n') + 1;
            while (nl !== 0) {
                this.onNewLine(this.offset + nl);
                nl = this.source.indexOf('\n', nl) + 1;
            }
        }
        return {
            type,
            offset: this.offset,
            indent: this.indent,
            source: this.source
        };
    }
    startBlockValue(parent) {
        switch (this.type) {
            case 'alias':
            case 'scalar':
            case 'single-quoted-scalar':
            case 'double-quoted-scalar':
                return this.flowScalar(this.type);
            case 'block-scalar-header':
                return {
                    type: 'block-scalar',
                    offset: this.offset,
                    indent: this.indent,
                    props: [this.sourceToken],
                    source: ''
                };
            case 'flow-map-start':
            case 'flow-seq-start':
                return {
                    type: 'flow-collection',
                    offset: this.offset,
                    indent: this.indent,
                    start: this.sourceToken,
                    items: [],
                    end: []
                };
            case 'seq-item-ind':
                return {
                    type: 'block-seq',
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start: [this.sourceToken] }]
                };
            case 'explicit-key-ind': {
                this.onKeyLine = true;
                const prev = getPrevProps(parent);
                const start = getFirstKeyStartProps(prev);
                start.push(this.sourceToken);
                return {
                    type: 'block-map',
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start, explicitKey: true }]
                };
            }
            case 'map-value-ind': {
                this.onKeyLine = true;
                const prev = getPrevProps(parent);
                const start = getFirstKeyStartProps(prev);
                return {
                    type: 'block-map',
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start, key: null, sep: [this.sourceToken] }]
                };
            }
        }
        return null;
    }
    atIndentedComment(start, indent) {
        if (this.type !== 'comment')
            return false;
        if (this.indent <= indent)
            return false;
        return start.every(st => st.type === 'newline' || st.type === 'space');
    }
    *documentEnd(docEnd) {
        if (this.type !== 'doc-mode') {
            if (docEnd.end)
                docEnd.end.push(this.sourceToken);
            else
                docEnd.end = [this.sourceToken];
            if (this.type === 'newline')
                yield* this.pop();
        }
    }
    *lineEnd(token) {
        switch (this.type) {
            case 'comma':
            case 'doc-start':
            case 'doc-end':
            case 'flow-seq-end':
            case 'flow-map-end':
            case 'map-value-ind':
                yield* this.pop();
                yield* this.step();
                break;
            case 'newline':
                this.onKeyLine = false;
            // fallthrough
            case 'space':
            case 'comment':
            default:
                // all other values are errors
                if (token.end)
                    token.end.push(this.sourceToken);
                else
                    token.end = [this.sourceToken];
                if (this.type === 'newline')
                    yield* this.pop();
        }
    }
}

exports.Parser = Parser;


/***/ }),

/***/ 4047:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var composer = __nccwpck_require__(9984);
var Document = __nccwpck_require__(3021);
var errors = __nccwpck_require__(1464);
var log = __nccwpck_require__(7249);
var identity = __nccwpck_require__(1127);
var lineCounter = __nccwpck_require__(6628);
var parser = __nccwpck_require__(3456);

function parseOptions(options) {
    const prettyErrors = options.prettyErrors !== false;
    const lineCounter$1 = options.lineCounter || (prettyErrors && new lineCounter.LineCounter()) || null;
    return { lineCounter: lineCounter$1, prettyErrors };
}
/**
 * Parse the input as a stream of YAML documents.
 *
 * Documents should be separated from each other by `...` or `---` marker lines.
 *
 * @returns If an empty `docs` array is returned, it will be of type
 *   EmptyStream and contain additional stream information. In
 *   TypeScript, you should use `'empty' in docs` as a type guard for it.
 */
function parseAllDocuments(source, options = {}) {
    const { lineCounter, prettyErrors } = parseOptions(options);
    const parser$1 = new parser.Parser(lineCounter?.addNewLine);
    const composer$1 = new composer.Composer(options);
    const docs = Array.from(composer$1.compose(parser$1.parse(source)));
    if (prettyErrors && lineCounter)
        for (const doc of docs) {
            doc.errors.forEach(errors.prettifyError(source, lineCounter));
            doc.warnings.forEach(errors.prettifyError(source, lineCounter));
        }
    if (docs.length > 0)
        return docs;
    return Object.assign([], { empty: true }, composer$1.streamInfo());
}
/** Parse an input string into a single YAML.Document */
function parseDocument(source, options = {}) {
    const { lineCounter, prettyErrors } = parseOptions(options);
    const parser$1 = new parser.Parser(lineCounter?.addNewLine);
    const composer$1 = new composer.Composer(options);
    // `doc` is always set by compose.end(true) at the very latest
    let doc = null;
    for (const _doc of composer$1.compose(parser$1.parse(source), true, source.length)) {
        if (!doc)
            doc = _doc;
        else if (doc.options.logLevel !== 'silent') {
            doc.errors.push(new errors.YAMLParseError(_doc.range.slice(0, 2), 'MULTIPLE_DOCS', 'Source contains multiple documents; please use YAML.parseAllDocuments()'));
            break;
        }
    }
    if (prettyErrors && lineCounter) {
        doc.errors.forEach(errors.prettifyError(source, lineCounter));
        doc.warnings.forEach(errors.prettifyError(source, lineCounter));
    }
    return doc;
}
function parse(src, reviver, options) {
    let _reviver = undefined;
    if (typeof reviver === 'function') {
        _reviver = reviver;
    }
    else if (options === undefined && reviver && typeof reviver === 'object') {
        options = reviver;
    }
    const doc = parseDocument(src, options);
    if (!doc)
        return null;
    doc.warnings.forEach(warning => log.warn(doc.options.logLevel, warning));
    if (doc.errors.length > 0) {
        if (doc.options.logLevel !== 'silent')
            throw doc.errors[0];
        else
            doc.errors = [];
    }
    return doc.toJS(Object.assign({ reviver: _reviver }, options));
}
function stringify(value, replacer, options) {
    let _replacer = null;
    if (typeof replacer === 'function' || Array.isArray(replacer)) {
        _replacer = replacer;
    }
    else if (options === undefined && replacer) {
        options = replacer;
    }
    if (typeof options === 'string')
        options = options.length;
    if (typeof options === 'number') {
        const indent = Math.round(options);
        options = indent < 1 ? undefined : indent > 8 ? { indent: 8 } : { indent };
    }
    if (value === undefined) {
        const { keepUndefined } = options ?? replacer ?? {};
        if (!keepUndefined)
            return undefined;
    }
    if (identity.isDocument(value) && !_replacer)
        return value.toString(options);
    return new Document.Document(value, _replacer, options).toString(options);
}

exports.parse = parse;
exports.parseAllDocuments = parseAllDocuments;
exports.parseDocument = parseDocument;
exports.stringify = stringify;


/***/ }),

/***/ 5840:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var map = __nccwpck_require__(7451);
var seq = __nccwpck_require__(1706);
var string = __nccwpck_require__(6464);
var tags = __nccwpck_require__(18);

const sortMapEntriesByKey = (a, b) => a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
class Schema {
    constructor({ compat, customTags, merge, resolveKnownTags, schema, sortMapEntries, toStringDefaults }) {
        this.compat = Array.isArray(compat)
            ? tags.getTags(compat, 'compat')
            : compat
                ? tags.getTags(null, compat)
                : null;
        this.name = (typeof schema === 'string' && schema) || 'core';
        this.knownTags = resolveKnownTags ? tags.coreKnownTags : {};
        this.tags = tags.getTags(customTags, this.name, merge);
        this.toStringOptions = toStringDefaults ?? null;
        Object.defineProperty(this, identity.MAP, { value: map.map });
        Object.defineProperty(this, identity.SCALAR, { value: string.string });
        Object.defineProperty(this, identity.SEQ, { value: seq.seq });
        // Used by createMap()
        this.sortMapEntries =
            typeof sortMapEntries === 'function'
                ? sortMapEntries
                : sortMapEntries === true
                    ? sortMapEntriesByKey
                    : null;
    }
    clone() {
        const copy = Object.create(Schema.prototype, Object.getOwnPropertyDescriptors(this));
        copy.tags = this.tags.slice();
        return copy;
    }
}

exports.Schema = Schema;


/***/ }),

/***/ 7451:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var YAMLMap = __nccwpck_require__(4454);

const map = {
    collection: 'map',
    default: true,
    nodeClass: YAMLMap.YAMLMap,
    tag: 'tag:yaml.org,2002:map',
    resolve(map, onError) {
        if (!identity.isMap(map))
            onError('Expected a mapping for this tag');
        return map;
    },
    createNode: (schema, obj, ctx) => YAMLMap.YAMLMap.from(schema, obj, ctx)
};

exports.map = map;


/***/ }),

/***/ 3632:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);

const nullTag = {
    identify: value => value == null,
    createNode: () => new Scalar.Scalar(null),
    default: true,
    tag: 'tag:yaml.org,2002:null',
    test: /^(?:~|[Nn]ull|NULL)?$/,
    resolve: () => new Scalar.Scalar(null),
    stringify: ({ source }, ctx) => typeof source === 'string' && nullTag.test.test(source)
        ? source
        : ctx.options.nullStr
};

exports.nullTag = nullTag;


/***/ }),

/***/ 1706:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var YAMLSeq = __nccwpck_require__(2223);

const seq = {
    collection: 'seq',
    default: true,
    nodeClass: YAMLSeq.YAMLSeq,
    tag: 'tag:yaml.org,2002:seq',
    resolve(seq, onError) {
        if (!identity.isSeq(seq))
            onError('Expected a sequence for this tag');
        return seq;
    },
    createNode: (schema, obj, ctx) => YAMLSeq.YAMLSeq.from(schema, obj, ctx)
};

exports.seq = seq;


/***/ }),

/***/ 6464:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyString = __nccwpck_require__(3069);

const string = {
    identify: value => typeof value === 'string',
    default: true,
    tag: 'tag:yaml.org,2002:str',
    resolve: str => str,
    stringify(item, ctx, onComment, onChompKeep) {
        ctx = Object.assign({ actualString: true }, ctx);
        return stringifyString.stringifyString(item, ctx, onComment, onChompKeep);
    }
};

exports.string = string;


/***/ }),

/***/ 3959:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);

const boolTag = {
    identify: value => typeof value === 'boolean',
    default: true,
    tag: 'tag:yaml.org,2002:bool',
    test: /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/,
    resolve: str => new Scalar.Scalar(str[0] === 't' || str[0] === 'T'),
    stringify({ source, value }, ctx) {
        if (source && boolTag.test.test(source)) {
            const sv = source[0] === 't' || source[0] === 'T';
            if (value === sv)
                return source;
        }
        return value ? ctx.options.trueStr : ctx.options.falseStr;
    }
};

exports.boolTag = boolTag;


/***/ }),

/***/ 8405:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);
var stringifyNumber = __nccwpck_require__(8689);

const floatNaN = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
    resolve: str => str.slice(-3).toLowerCase() === 'nan'
        ? NaN
        : str[0] === '-'
            ? Number.NEGATIVE_INFINITY
            : Number.POSITIVE_INFINITY,
    stringify: stringifyNumber.stringifyNumber
};
const floatExp = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    format: 'EXP',
    test: /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/,
    resolve: str => parseFloat(str),
    stringify(node) {
        const num = Number(node.value);
        return isFinite(num) ? num.toExponential() : stringifyNumber.stringifyNumber(node);
    }
};
const float = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    test: /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/,
    resolve(str) {
        const node = new Scalar.Scalar(parseFloat(str));
        const dot = str.indexOf('.');
        if (dot !== -1 && str[str.length - 1] === '0')
            node.minFractionDigits = str.length - dot - 1;
        return node;
    },
    stringify: stringifyNumber.stringifyNumber
};

exports.float = float;
exports.floatExp = floatExp;
exports.floatNaN = floatNaN;


/***/ }),

/***/ 9874:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyNumber = __nccwpck_require__(8689);

const intIdentify = (value) => typeof value === 'bigint' || Number.isInteger(value);
const intResolve = (str, offset, radix, { intAsBigInt }) => (intAsBigInt ? BigInt(str) : parseInt(str.substring(offset), radix));
function intStringify(node, radix, prefix) {
    const { value } = node;
    if (intIdentify(value) && value >= 0)
        return prefix + value.toString(radix);
    return stringifyNumber.stringifyNumber(node);
}
const intOct = {
    identify: value => intIdentify(value) && value >= 0,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'OCT',
    test: /^0o[0-7]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 2, 8, opt),
    stringify: node => intStringify(node, 8, '0o')
};
const int = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    test: /^[-+]?[0-9]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 0, 10, opt),
    stringify: stringifyNumber.stringifyNumber
};
const intHex = {
    identify: value => intIdentify(value) && value >= 0,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'HEX',
    test: /^0x[0-9a-fA-F]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 2, 16, opt),
    stringify: node => intStringify(node, 16, '0x')
};

exports.int = int;
exports.intHex = intHex;
exports.intOct = intOct;


/***/ }),

/***/ 896:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var map = __nccwpck_require__(7451);
var _null = __nccwpck_require__(3632);
var seq = __nccwpck_require__(1706);
var string = __nccwpck_require__(6464);
var bool = __nccwpck_require__(3959);
var float = __nccwpck_require__(8405);
var int = __nccwpck_require__(9874);

const schema = [
    map.map,
    seq.seq,
    string.string,
    _null.nullTag,
    bool.boolTag,
    int.intOct,
    int.int,
    int.intHex,
    float.floatNaN,
    float.floatExp,
    float.float
];

exports.schema = schema;


/***/ }),

/***/ 3559:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);
var map = __nccwpck_require__(7451);
var seq = __nccwpck_require__(1706);

function intIdentify(value) {
    return typeof value === 'bigint' || Number.isInteger(value);
}
const stringifyJSON = ({ value }) => JSON.stringify(value);
const jsonScalars = [
    {
        identify: value => typeof value === 'string',
        default: true,
        tag: 'tag:yaml.org,2002:str',
        resolve: str => str,
        stringify: stringifyJSON
    },
    {
        identify: value => value == null,
        createNode: () => new Scalar.Scalar(null),
        default: true,
        tag: 'tag:yaml.org,2002:null',
        test: /^null$/,
        resolve: () => null,
        stringify: stringifyJSON
    },
    {
        identify: value => typeof value === 'boolean',
        default: true,
        tag: 'tag:yaml.org,2002:bool',
        test: /^true$|^false$/,
        resolve: str => str === 'true',
        stringify: stringifyJSON
    },
    {
        identify: intIdentify,
        default: true,
        tag: 'tag:yaml.org,2002:int',
        test: /^-?(?:0|[1-9][0-9]*)$/,
        resolve: (str, _onError, { intAsBigInt }) => intAsBigInt ? BigInt(str) : parseInt(str, 10),
        stringify: ({ value }) => intIdentify(value) ? value.toString() : JSON.stringify(value)
    },
    {
        identify: value => typeof value === 'number',
        default: true,
        tag: 'tag:yaml.org,2002:float',
        test: /^-?(?:0|[1-9][0-9]*)(?:\.[0-9]*)?(?:[eE][-+]?[0-9]+)?$/,
        resolve: str => parseFloat(str),
        stringify: stringifyJSON
    }
];
const jsonError = {
    default: true,
    tag: '',
    test: /^/,
    resolve(str, onError) {
        onError(`Unresolved plain scalar ${JSON.stringify(str)}`);
        return str;
    }
};
const schema = [map.map, seq.seq].concat(jsonScalars, jsonError);

exports.schema = schema;


/***/ }),

/***/ 18:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var map = __nccwpck_require__(7451);
var _null = __nccwpck_require__(3632);
var seq = __nccwpck_require__(1706);
var string = __nccwpck_require__(6464);
var bool = __nccwpck_require__(3959);
var float = __nccwpck_require__(8405);
var int = __nccwpck_require__(9874);
var schema = __nccwpck_require__(896);
var schema$1 = __nccwpck_require__(3559);
var binary = __nccwpck_require__(6083);
var merge = __nccwpck_require__(452);
var omap = __nccwpck_require__(303);
var pairs = __nccwpck_require__(8385);
var schema$2 = __nccwpck_require__(5913);
var set = __nccwpck_require__(1528);
var timestamp = __nccwpck_require__(6752);

const schemas = new Map([
    ['core', schema.schema],
    ['failsafe', [map.map, seq.seq, string.string]],
    ['json', schema$1.schema],
    ['yaml11', schema$2.schema],
    ['yaml-1.1', schema$2.schema]
]);
const tagsByName = {
    binary: binary.binary,
    bool: bool.boolTag,
    float: float.float,
    floatExp: float.floatExp,
    floatNaN: float.floatNaN,
    floatTime: timestamp.floatTime,
    int: int.int,
    intHex: int.intHex,
    intOct: int.intOct,
    intTime: timestamp.intTime,
    map: map.map,
    merge: merge.merge,
    null: _null.nullTag,
    omap: omap.omap,
    pairs: pairs.pairs,
    seq: seq.seq,
    set: set.set,
    timestamp: timestamp.timestamp
};
const coreKnownTags = {
    'tag:yaml.org,2002:binary': binary.binary,
    'tag:yaml.org,2002:merge': merge.merge,
    'tag:yaml.org,2002:omap': omap.omap,
    'tag:yaml.org,2002:pairs': pairs.pairs,
    'tag:yaml.org,2002:set': set.set,
    'tag:yaml.org,2002:timestamp': timestamp.timestamp
};
function getTags(customTags, schemaName, addMergeTag) {
    const schemaTags = schemas.get(schemaName);
    if (schemaTags && !customTags) {
        return addMergeTag && !schemaTags.includes(merge.merge)
            ? schemaTags.concat(merge.merge)
            : schemaTags.slice();
    }
    let tags = schemaTags;
    if (!tags) {
        if (Array.isArray(customTags))
            tags = [];
        else {
            const keys = Array.from(schemas.keys())
                .filter(key => key !== 'yaml11')
                .map(key => JSON.stringify(key))
                .join(', ');
            throw new Error(`Unknown schema "${schemaName}"; use one of ${keys} or define customTags array`);
        }
    }
    if (Array.isArray(customTags)) {
        for (const tag of customTags)
            tags = tags.concat(tag);
    }
    else if (typeof customTags === 'function') {
        tags = customTags(tags.slice());
    }
    if (addMergeTag)
        tags = tags.concat(merge.merge);
    return tags.reduce((tags, tag) => {
        const tagObj = typeof tag === 'string' ? tagsByName[tag] : tag;
        if (!tagObj) {
            const tagName = JSON.stringify(tag);
            const keys = Object.keys(tagsByName)
                .map(key => JSON.stringify(key))
                .join(', ');
            throw new Error(`Unknown custom tag ${tagName}; use one of ${keys}`);
        }
        if (!tags.includes(tagObj))
            tags.push(tagObj);
        return tags;
    }, []);
}

exports.coreKnownTags = coreKnownTags;
exports.getTags = getTags;


/***/ }),

/***/ 6083:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var node_buffer = __nccwpck_require__(181);
var Scalar = __nccwpck_require__(3301);
var stringifyString = __nccwpck_require__(3069);

const binary = {
    identify: value => value instanceof Uint8Array, // Buffer inherits from Uint8Array
    default: false,
    tag: 'tag:yaml.org,2002:binary',
    /**
     * Returns a Buffer in node and an Uint8Array in browsers
     *
     * To use the resulting buffer as an image, you'll want to do something like:
     *
     *   const blob = new Blob([buffer], { type: 'image/jpeg' })
     *   document.querySelector('#photo').src = URL.createObjectURL(blob)
     */
    resolve(src, onError) {
        if (typeof node_buffer.Buffer === 'function') {
            return node_buffer.Buffer.from(src, 'base64');
        }
        else if (typeof atob === 'function') {
            // On IE 11, atob() can't handle newlines
            const str = atob(src.replace(/[\n\r]/g, ''));
            const buffer = new Uint8Array(str.length);
            for (let i = 0; i < str.length; ++i)
                buffer[i] = str.charCodeAt(i);
            return buffer;
        }
        else {
            onError('This environment does not support reading binary tags; either Buffer or atob is required');
            return src;
        }
    },
    stringify({ comment, type, value }, ctx, onComment, onChompKeep) {
        if (!value)
            return '';
        const buf = value; // checked earlier by binary.identify()
        let str;
        if (typeof node_buffer.Buffer === 'function') {
            str =
                buf instanceof node_buffer.Buffer
                    ? buf.toString('base64')
                    : node_buffer.Buffer.from(buf.buffer).toString('base64');
        }
        else if (typeof btoa === 'function') {
            let s = '';
            for (let i = 0; i < buf.length; ++i)
                s += String.fromCharCode(buf[i]);
            str = btoa(s);
        }
        else {
            throw new Error('This environment does not support writing binary tags; either Buffer or btoa is required');
        }
        type ?? (type = Scalar.Scalar.BLOCK_LITERAL);
        if (type !== Scalar.Scalar.QUOTE_DOUBLE) {
            const lineWidth = Math.max(ctx.options.lineWidth - ctx.indent.length, ctx.options.minContentWidth);
            const n = Math.ceil(str.length / lineWidth);
            const lines = new Array(n);
            for (let i = 0, o = 0; i < n; ++i, o += lineWidth) {
                lines[i] = str.substr(o, lineWidth);
            }
            str = lines.join(type === Scalar.Scalar.BLOCK_LITERAL ? '\n' : ' ');
        }
        return stringifyString.stringifyString({ comment, type, value: str }, ctx, onComment, onChompKeep);
    }
};

exports.binary = binary;


/***/ }),

/***/ 8398:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);

function boolStringify({ value, source }, ctx) {
    const boolObj = value ? trueTag : falseTag;
    if (source && boolObj.test.test(source))
        return source;
    return value ? ctx.options.trueStr : ctx.options.falseStr;
}
const trueTag = {
    identify: value => value === true,
    default: true,
    tag: 'tag:yaml.org,2002:bool',
    test: /^(?:Y|y|[Yy]es|YES|[Tt]rue|TRUE|[Oo]n|ON)$/,
    resolve: () => new Scalar.Scalar(true),
    stringify: boolStringify
};
const falseTag = {
    identify: value => value === false,
    default: true,
    tag: 'tag:yaml.org,2002:bool',
    test: /^(?:N|n|[Nn]o|NO|[Ff]alse|FALSE|[Oo]ff|OFF)$/,
    resolve: () => new Scalar.Scalar(false),
    stringify: boolStringify
};

exports.falseTag = falseTag;
exports.trueTag = trueTag;


/***/ }),

/***/ 5782:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);
var stringifyNumber = __nccwpck_require__(8689);

const floatNaN = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
    resolve: (str) => str.slice(-3).toLowerCase() === 'nan'
        ? NaN
        : str[0] === '-'
            ? Number.NEGATIVE_INFINITY
            : Number.POSITIVE_INFINITY,
    stringify: stringifyNumber.stringifyNumber
};
const floatExp = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    format: 'EXP',
    test: /^[-+]?(?:[0-9][0-9_]*)?(?:\.[0-9_]*)?[eE][-+]?[0-9]+$/,
    resolve: (str) => parseFloat(str.replace(/_/g, '')),
    stringify(node) {
        const num = Number(node.value);
        return isFinite(num) ? num.toExponential() : stringifyNumber.stringifyNumber(node);
    }
};
const float = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    test: /^[-+]?(?:[0-9][0-9_]*)?\.[0-9_]*$/,
    resolve(str) {
        const node = new Scalar.Scalar(parseFloat(str.replace(/_/g, '')));
        const dot = str.indexOf('.');
        if (dot !== -1) {
            const f = str.substring(dot + 1).replace(/_/g, '');
            if (f[f.length - 1] === '0')
                node.minFractionDigits = f.length;
        }
        return node;
    },
    stringify: stringifyNumber.stringifyNumber
};

exports.float = float;
exports.floatExp = floatExp;
exports.floatNaN = floatNaN;


/***/ }),

/***/ 873:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyNumber = __nccwpck_require__(8689);

const intIdentify = (value) => typeof value === 'bigint' || Number.isInteger(value);
function intResolve(str, offset, radix, { intAsBigInt }) {
    const sign = str[0];
    if (sign === '-' || sign === '+')
        offset += 1;
    str = str.substring(offset).replace(/_/g, '');
    if (intAsBigInt) {
        switch (radix) {
            case 2:
                str = `0b${str}`;
                break;
            case 8:
                str = `0o${str}`;
                break;
            case 16:
                str = `0x${str}`;
                break;
        }
        const n = BigInt(str);
        return sign === '-' ? BigInt(-1) * n : n;
    }
    const n = parseInt(str, radix);
    return sign === '-' ? -1 * n : n;
}
function intStringify(node, radix, prefix) {
    const { value } = node;
    if (intIdentify(value)) {
        const str = value.toString(radix);
        return value < 0 ? '-' + prefix + str.substr(1) : prefix + str;
    }
    return stringifyNumber.stringifyNumber(node);
}
const intBin = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'BIN',
    test: /^[-+]?0b[0-1_]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 2, 2, opt),
    stringify: node => intStringify(node, 2, '0b')
};
const intOct = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'OCT',
    test: /^[-+]?0[0-7_]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 1, 8, opt),
    stringify: node => intStringify(node, 8, '0')
};
const int = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    test: /^[-+]?[0-9][0-9_]*$/,
    resolve: (str, _onError, opt) => intResolve(str, 0, 10, opt),
    stringify: stringifyNumber.stringifyNumber
};
const intHex = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'HEX',
    test: /^[-+]?0x[0-9a-fA-F_]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 2, 16, opt),
    stringify: node => intStringify(node, 16, '0x')
};

exports.int = int;
exports.intBin = intBin;
exports.intHex = intHex;
exports.intOct = intOct;


/***/ }),

/***/ 452:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);

// If the value associated with a merge key is a single mapping node, each of
// its key/value pairs is inserted into the current mapping, unless the key
// already exists in it. If the value associated with the merge key is a
// sequence, then this sequence is expected to contain mapping nodes and each
// of these nodes is merged in turn according to its order in the sequence.
// Keys in mapping nodes earlier in the sequence override keys specified in
// later mapping nodes. -- http://yaml.org/type/merge.html
const MERGE_KEY = '<<';
const merge = {
    identify: value => value === MERGE_KEY ||
        (typeof value === 'symbol' && value.description === MERGE_KEY),
    default: 'key',
    tag: 'tag:yaml.org,2002:merge',
    test: /^<<$/,
    resolve: () => Object.assign(new Scalar.Scalar(Symbol(MERGE_KEY)), {
        addToJSMap: addMergeToJSMap
    }),
    stringify: () => MERGE_KEY
};
const isMergeKey = (ctx, key) => (merge.identify(key) ||
    (identity.isScalar(key) &&
        (!key.type || key.type === Scalar.Scalar.PLAIN) &&
        merge.identify(key.value))) &&
    ctx?.doc.schema.tags.some(tag => tag.tag === merge.tag && tag.default);
function addMergeToJSMap(ctx, map, value) {
    const source = resolveAliasValue(ctx, value);
    if (identity.isSeq(source))
        for (const it of source.items)
            mergeValue(ctx, map, it);
    else if (Array.isArray(source))
        for (const it of source)
            mergeValue(ctx, map, it);
    else
        mergeValue(ctx, map, source);
}
function mergeValue(ctx, map, value) {
    const source = resolveAliasValue(ctx, value);
    if (!identity.isMap(source))
        throw new Error('Merge sources must be maps or map aliases');
    const srcMap = source.toJSON(null, ctx, Map);
    for (const [key, value] of srcMap) {
        if (map instanceof Map) {
            if (!map.has(key))
                map.set(key, value);
        }
        else if (map instanceof Set) {
            map.add(key);
        }
        else if (!Object.prototype.hasOwnProperty.call(map, key)) {
            Object.defineProperty(map, key, {
                value,
                writable: true,
                enumerable: true,
                configurable: true
            });
        }
    }
    return map;
}
function resolveAliasValue(ctx, value) {
    return ctx && identity.isAlias(value) ? value.resolve(ctx.doc, ctx) : value;
}

exports.addMergeToJSMap = addMergeToJSMap;
exports.isMergeKey = isMergeKey;
exports.merge = merge;


/***/ }),

/***/ 303:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var toJS = __nccwpck_require__(4043);
var YAMLMap = __nccwpck_require__(4454);
var YAMLSeq = __nccwpck_require__(2223);
var pairs = __nccwpck_require__(8385);

class YAMLOMap extends YAMLSeq.YAMLSeq {
    constructor() {
        super();
        this.add = YAMLMap.YAMLMap.prototype.add.bind(this);
        this.delete = YAMLMap.YAMLMap.prototype.delete.bind(this);
        this.get = YAMLMap.YAMLMap.prototype.get.bind(this);
        this.has = YAMLMap.YAMLMap.prototype.has.bind(this);
        this.set = YAMLMap.YAMLMap.prototype.set.bind(this);
        this.tag = YAMLOMap.tag;
    }
    /**
     * If `ctx` is given, the return type is actually `Map<unknown, unknown>`,
     * but TypeScript won't allow widening the signature of a child method.
     */
    toJSON(_, ctx) {
        if (!ctx)
            return super.toJSON(_);
        const map = new Map();
        if (ctx?.onCreate)
            ctx.onCreate(map);
        for (const pair of this.items) {
            let key, value;
            if (identity.isPair(pair)) {
                key = toJS.toJS(pair.key, '', ctx);
                value = toJS.toJS(pair.value, key, ctx);
            }
            else {
                key = toJS.toJS(pair, '', ctx);
            }
            if (map.has(key))
                throw new Error('Ordered maps must not include duplicate keys');
            map.set(key, value);
        }
        return map;
    }
    static from(schema, iterable, ctx) {
        const pairs$1 = pairs.createPairs(schema, iterable, ctx);
        const omap = new this();
        omap.items = pairs$1.items;
        return omap;
    }
}
YAMLOMap.tag = 'tag:yaml.org,2002:omap';
const omap = {
    collection: 'seq',
    identify: value => value instanceof Map,
    nodeClass: YAMLOMap,
    default: false,
    tag: 'tag:yaml.org,2002:omap',
    resolve(seq, onError) {
        const pairs$1 = pairs.resolvePairs(seq, onError);
        const seenKeys = [];
        for (const { key } of pairs$1.items) {
            if (identity.isScalar(key)) {
                if (seenKeys.includes(key.value)) {
                    onError(`Ordered maps must not include duplicate keys: ${key.value}`);
                }
                else {
                    seenKeys.push(key.value);
                }
            }
        }
        return Object.assign(new YAMLOMap(), pairs$1);
    },
    createNode: (schema, iterable, ctx) => YAMLOMap.from(schema, iterable, ctx)
};

exports.YAMLOMap = YAMLOMap;
exports.omap = omap;


/***/ }),

/***/ 8385:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var Scalar = __nccwpck_require__(3301);
var YAMLSeq = __nccwpck_require__(2223);

function resolvePairs(seq, onError) {
    if (identity.isSeq(seq)) {
        for (let i = 0; i < seq.items.length; ++i) {
            let item = seq.items[i];
            if (identity.isPair(item))
                continue;
            else if (identity.isMap(item)) {
                if (item.items.length > 1)
                    onError('Each pair must have its own sequence indicator');
                const pair = item.items[0] || new Pair.Pair(new Scalar.Scalar(null));
                if (item.commentBefore)
                    pair.key.commentBefore = pair.key.commentBefore
                        ? `${item.commentBefore}\n${pair.key.commentBefore}`
                        : item.commentBefore;
                if (item.comment) {
                    const cn = pair.value ?? pair.key;
                    cn.comment = cn.comment
                        ? `${item.comment}\n${cn.comment}`
                        : item.comment;
                }
                item = pair;
            }
            seq.items[i] = identity.isPair(item) ? item : new Pair.Pair(item);
        }
    }
    else
        onError('Expected a sequence for this tag');
    return seq;
}
function createPairs(schema, iterable, ctx) {
    const { replacer } = ctx;
    const pairs = new YAMLSeq.YAMLSeq(schema);
    pairs.tag = 'tag:yaml.org,2002:pairs';
    let i = 0;
    if (iterable && Symbol.iterator in Object(iterable))
        for (let it of iterable) {
            if (typeof replacer === 'function')
                it = replacer.call(iterable, String(i++), it);
            let key, value;
            if (Array.isArray(it)) {
                if (it.length === 2) {
                    key = it[0];
                    value = it[1];
                }
                else
                    throw new TypeError(`Expected [key, value] tuple: ${it}`);
            }
            else if (it && it instanceof Object) {
                const keys = Object.keys(it);
                if (keys.length === 1) {
                    key = keys[0];
                    value = it[key];
                }
                else {
                    throw new TypeError(`Expected tuple with one key, not ${keys.length} keys`);
                }
            }
            else {
                key = it;
            }
            pairs.items.push(Pair.createPair(key, value, ctx));
        }
    return pairs;
}
const pairs = {
    collection: 'seq',
    default: false,
    tag: 'tag:yaml.org,2002:pairs',
    resolve: resolvePairs,
    createNode: createPairs
};

exports.createPairs = createPairs;
exports.pairs = pairs;
exports.resolvePairs = resolvePairs;


/***/ }),

/***/ 5913:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var map = __nccwpck_require__(7451);
var _null = __nccwpck_require__(3632);
var seq = __nccwpck_require__(1706);
var string = __nccwpck_require__(6464);
var binary = __nccwpck_require__(6083);
var bool = __nccwpck_require__(8398);
var float = __nccwpck_require__(5782);
var int = __nccwpck_require__(873);
var merge = __nccwpck_require__(452);
var omap = __nccwpck_require__(303);
var pairs = __nccwpck_require__(8385);
var set = __nccwpck_require__(1528);
var timestamp = __nccwpck_require__(6752);

const schema = [
    map.map,
    seq.seq,
    string.string,
    _null.nullTag,
    bool.trueTag,
    bool.falseTag,
    int.intBin,
    int.intOct,
    int.int,
    int.intHex,
    float.floatNaN,
    float.floatExp,
    float.float,
    binary.binary,
    merge.merge,
    omap.omap,
    pairs.pairs,
    set.set,
    timestamp.intTime,
    timestamp.floatTime,
    timestamp.timestamp
];

exports.schema = schema;


/***/ }),

/***/ 1528:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var YAMLMap = __nccwpck_require__(4454);

class YAMLSet extends YAMLMap.YAMLMap {
    constructor(schema) {
        super(schema);
        this.tag = YAMLSet.tag;
    }
    add(key) {
        let pair;
        if (identity.isPair(key))
            pair = key;
        else if (key &&
            typeof key === 'object' &&
            'key' in key &&
            'value' in key &&
            key.value === null)
            pair = new Pair.Pair(key.key, null);
        else
            pair = new Pair.Pair(key, null);
        const prev = YAMLMap.findPair(this.items, pair.key);
        if (!prev)
            this.items.push(pair);
    }
    /**
     * If `keepPair` is `true`, returns the Pair matching `key`.
     * Otherwise, returns the value of that Pair's key.
     */
    get(key, keepPair) {
        const pair = YAMLMap.findPair(this.items, key);
        return !keepPair && identity.isPair(pair)
            ? identity.isScalar(pair.key)
                ? pair.key.value
                : pair.key
            : pair;
    }
    set(key, value) {
        if (typeof value !== 'boolean')
            throw new Error(`Expected boolean value for set(key, value) in a YAML set, not ${typeof value}`);
        const prev = YAMLMap.findPair(this.items, key);
        if (prev && !value) {
            this.items.splice(this.items.indexOf(prev), 1);
        }
        else if (!prev && value) {
            this.items.push(new Pair.Pair(key));
        }
    }
    toJSON(_, ctx) {
        return super.toJSON(_, ctx, Set);
    }
    toString(ctx, onComment, onChompKeep) {
        if (!ctx)
            return JSON.stringify(this);
        if (this.hasAllNullValues(true))
            return super.toString(Object.assign({}, ctx, { allNullValues: true }), onComment, onChompKeep);
        else
            throw new Error('Set items must all have null values');
    }
    static from(schema, iterable, ctx) {
        const { replacer } = ctx;
        const set = new this(schema);
        if (iterable && Symbol.iterator in Object(iterable))
            for (let value of iterable) {
                if (typeof replacer === 'function')
                    value = replacer.call(iterable, value, value);
                set.items.push(Pair.createPair(value, null, ctx));
            }
        return set;
    }
}
YAMLSet.tag = 'tag:yaml.org,2002:set';
const set = {
    collection: 'map',
    identify: value => value instanceof Set,
    nodeClass: YAMLSet,
    default: false,
    tag: 'tag:yaml.org,2002:set',
    createNode: (schema, iterable, ctx) => YAMLSet.from(schema, iterable, ctx),
    resolve(map, onError) {
        if (identity.isMap(map)) {
            if (map.hasAllNullValues(true))
                return Object.assign(new YAMLSet(), map);
            else
                onError('Set items must all have null values');
        }
        else
            onError('Expected a mapping for this tag');
        return map;
    }
};

exports.YAMLSet = YAMLSet;
exports.set = set;


/***/ }),

/***/ 6752:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyNumber = __nccwpck_require__(8689);

/** Internal types handle bigint as number, because TS can't figure it out. */
function parseSexagesimal(str, asBigInt) {
    const sign = str[0];
    const parts = sign === '-' || sign === '+' ? str.substring(1) : str;
    const num = (n) => asBigInt ? BigInt(n) : Number(n);
    const res = parts
        .replace(/_/g, '')
        .split(':')
        .reduce((res, p) => res * num(60) + num(p), num(0));
    return (sign === '-' ? num(-1) * res : res);
}
/**
 * hhhh:mm:ss.sss
 *
 * Internal types handle bigint as number, because TS can't figure it out.
 */
function stringifySexagesimal(node) {
    let { value } = node;
    let num = (n) => n;
    if (typeof value === 'bigint')
        num = n => BigInt(n);
    else if (isNaN(value) || !isFinite(value))
        return stringifyNumber.stringifyNumber(node);
    let sign = '';
    if (value < 0) {
        sign = '-';
        value *= num(-1);
    }
    const _60 = num(60);
    const parts = [value % _60]; // seconds, including ms
    if (value < 60) {
        parts.unshift(0); // at least one : is required
    }
    else {
        value = (value - parts[0]) / _60;
        parts.unshift(value % _60); // minutes
        if (value >= 60) {
            value = (value - parts[0]) / _60;
            parts.unshift(value); // hours
        }
    }
    return (sign +
        parts
            .map(n => String(n).padStart(2, '0'))
            .join(':')
            .replace(/000000\d*$/, '') // % 60 may introduce error
    );
}
const intTime = {
    identify: value => typeof value === 'bigint' || Number.isInteger(value),
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'TIME',
    test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+$/,
    resolve: (str, _onError, { intAsBigInt }) => parseSexagesimal(str, intAsBigInt),
    stringify: stringifySexagesimal
};
const floatTime = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    format: 'TIME',
    test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\.[0-9_]*$/,
    resolve: str => parseSexagesimal(str, false),
    stringify: stringifySexagesimal
};
const timestamp = {
    identify: value => value instanceof Date,
    default: true,
    tag: 'tag:yaml.org,2002:timestamp',
    // If the time zone is omitted, the timestamp is assumed to be specified in UTC. The time part
    // may be omitted altogether, resulting in a date format. In such a case, the time part is
    // assumed to be 00:00:00Z (start of day, UTC).
    test: RegExp('^([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})' + // YYYY-Mm-Dd
        '(?:' + // time is optional
        '(?:t|T|[ \\t]+)' + // t | T | whitespace
        '([0-9]{1,2}):([0-9]{1,2}):([0-9]{1,2}(\\.[0-9]+)?)' + // Hh:Mm:Ss(.ss)?
        '(?:[ \\t]*(Z|[-+][012]?[0-9](?::[0-9]{2})?))?' + // Z | +5 | -03:30
        ')?$'),
    resolve(str) {
        const match = str.match(timestamp.test);
        if (!match)
            throw new Error('!!timestamp expects a date, starting with yyyy-mm-dd');
        const [, year, month, day, hour, minute, second] = match.map(Number);
        const millisec = match[7] ? Number((match[7] + '00').substr(1, 3)) : 0;
        let date = Date.UTC(year, month - 1, day, hour || 0, minute || 0, second || 0, millisec);
        const tz = match[8];
        if (tz && tz !== 'Z') {
            let d = parseSexagesimal(tz, false);
            if (Math.abs(d) < 30)
                d *= 60;
            date -= 60000 * d;
        }
        return new Date(date);
    },
    stringify: ({ value }) => value?.toISOString().replace(/(T00:00:00)?\.000Z$/, '') ?? ''
};

exports.floatTime = floatTime;
exports.intTime = intTime;
exports.timestamp = timestamp;


/***/ }),

/***/ 4475:
/***/ ((__unused_webpack_module, exports) => {



const FOLD_FLOW = 'flow';
const FOLD_BLOCK = 'block';
const FOLD_QUOTED = 'quoted';
/**
 * Tries to keep input at up to `lineWidth` characters, splitting only on spaces
 * not followed by newlines or spaces unless `mode` is `'quoted'`. Lines are
 * terminated with `\n` and started with `indent`.
 */
function foldFlowLines(text, indent, mode = 'flow', { indentAtStart, lineWidth = 80, minContentWidth = 20, onFold, onOverflow } = {}) {
    if (!lineWidth || lineWidth < 0)
        return text;
    if (lineWidth < minContentWidth)
        minContentWidth = 0;
    const endStep = Math.max(1 + minContentWidth, 1 + lineWidth - indent.length);
    if (text.length <= endStep)
        return text;
    const folds = [];
    const escapedFolds = {};
    let end = lineWidth - indent.length;
    if (typeof indentAtStart === 'number') {
        if (indentAtStart > lineWidth - Math.max(2, minContentWidth))
            folds.push(0);
        else
            end = lineWidth - indentAtStart;
    }
    let split = undefined;
    let prev = undefined;
    let overflow = false;
    let i = -1;
    let escStart = -1;
    let escEnd = -1;
    if (mode === FOLD_BLOCK) {
        i = consumeMoreIndentedLines(text, i, indent.length);
        if (i !== -1)
            end = i + endStep;
    }
    for (let ch; (ch = text[(i += 1)]);) {
        if (mode === FOLD_QUOTED && ch === '\\') {
            escStart = i;
            switch (text[i + 1]) {
                case 'x':
                    i += 3;
                    break;
                case 'u':
                    i += 5;
                    break;
                case 'U':
                    i += 9;
                    break;
                default:
                    i += 1;
            }
            escEnd = i;
        }
        if (ch === '\n') {
            if (mode === FOLD_BLOCK)
                i = consumeMoreIndentedLines(text, i, indent.length);
            end = i + indent.length + endStep;
            split = undefined;
        }
        else {
            if (ch === ' ' &&
                prev &&
                prev !== ' ' &&
                prev !== '\n' &&
                prev !== '\t') {
                // space surrounded by non-space can be replaced with newline + indent
                const next = text[i + 1];
                if (next && next !== ' ' && next !== '\n' && next !== '\t')
                    split = i;
            }
            if (i >= end) {
                if (split) {
                    folds.push(split);
                    end = split + endStep;
                    split = undefined;
                }
                else if (mode === FOLD_QUOTED) {
                    // white-space collected at end may stretch past lineWidth
                    while (prev === ' ' || prev === '\t') {
                        prev = ch;
                        ch = text[(i += 1)];
                        overflow = true;
                    }
                    // Account for newline escape, but don't break preceding escape
                    const j = i > escEnd + 1 ? i - 2 : escStart - 1;
                    // Bail out if lineWidth & minContentWidth are shorter than an escape string
                    if (escapedFolds[j])
                        return text;
                    folds.push(j);
                    escapedFolds[j] = true;
                    end = j + endStep;
                    split = undefined;
                }
                else {
                    overflow = true;
                }
            }
        }
        prev = ch;
    }
    if (overflow && onOverflow)
        onOverflow();
    if (folds.length === 0)
        return text;
    if (onFold)
        onFold();
    let res = text.slice(0, folds[0]);
    for (let i = 0; i < folds.length; ++i) {
        const fold = folds[i];
        const end = folds[i + 1] || text.length;
        if (fold === 0)
            res = `\n${indent}${text.slice(0, end)}`;
        else {
            if (mode === FOLD_QUOTED && escapedFolds[fold])
                res += `${text[fold]}\\`;
            res += `\n${indent}${text.slice(fold + 1, end)}`;
        }
    }
    return res;
}
/**
 * Presumes `i + 1` is at the start of a line
 * @returns index of last newline in more-indented block
 */
function consumeMoreIndentedLines(text, i, indent) {
    let end = i;
    let start = i + 1;
    let ch = text[start];
    while (ch === ' ' || ch === '\t') {
        if (i < start + indent) {
            ch = text[++i];
        }
        else {
            do {
                ch = text[++i];
            } while (ch && ch !== '\n');
            end = i;
            start = i + 1;
            ch = text[start];
        }
    }
    return end;
}

exports.FOLD_BLOCK = FOLD_BLOCK;
exports.FOLD_FLOW = FOLD_FLOW;
exports.FOLD_QUOTED = FOLD_QUOTED;
exports.foldFlowLines = foldFlowLines;


/***/ }),

/***/ 2148:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var anchors = __nccwpck_require__(1596);
var identity = __nccwpck_require__(1127);
var stringifyComment = __nccwpck_require__(9799);
var stringifyString = __nccwpck_require__(3069);

function createStringifyContext(doc, options) {
    const opt = Object.assign({
        blockQuote: true,
        commentString: stringifyComment.stringifyComment,
        defaultKeyType: null,
        defaultStringType: 'PLAIN',
        directives: null,
        doubleQuotedAsJSON: false,
        doubleQuotedMinMultiLineLength: 40,
        falseStr: 'false',
        flowCollectionPadding: true,
        indentSeq: true,
        lineWidth: 80,
        minContentWidth: 20,
        nullStr: 'null',
        simpleKeys: false,
        singleQuote: null,
        trailingComma: false,
        trueStr: 'true',
        verifyAliasOrder: true
    }, doc.schema.toStringOptions, options);
    let inFlow;
    switch (opt.collectionStyle) {
        case 'block':
            inFlow = false;
            break;
        case 'flow':
            inFlow = true;
            break;
        default:
            inFlow = null;
    }
    return {
        anchors: new Set(),
        doc,
        flowCollectionPadding: opt.flowCollectionPadding ? ' ' : '',
        indent: '',
        indentStep: typeof opt.indent === 'number' ? ' '.repeat(opt.indent) : '  ',
        inFlow,
        options: opt
    };
}
function getTagObject(tags, item) {
    if (item.tag) {
        const match = tags.filter(t => t.tag === item.tag);
        if (match.length > 0)
            return match.find(t => t.format === item.format) ?? match[0];
    }
    let tagObj = undefined;
    let obj;
    if (identity.isScalar(item)) {
        obj = item.value;
        let match = tags.filter(t => t.identify?.(obj));
        if (match.length > 1) {
            const testMatch = match.filter(t => t.test);
            if (testMatch.length > 0)
                match = testMatch;
        }
        tagObj =
            match.find(t => t.format === item.format) ?? match.find(t => !t.format);
    }
    else {
        obj = item;
        tagObj = tags.find(t => t.nodeClass && obj instanceof t.nodeClass);
    }
    if (!tagObj) {
        const name = obj?.constructor?.name ?? (obj === null ? 'null' : typeof obj);
        throw new Error(`Tag not resolved for ${name} value`);
    }
    return tagObj;
}
// needs to be called before value stringifier to allow for circular anchor refs
function stringifyProps(node, tagObj, { anchors: anchors$1, doc }) {
    if (!doc.directives)
        return '';
    const props = [];
    const anchor = (identity.isScalar(node) || identity.isCollection(node)) && node.anchor;
    if (anchor && anchors.anchorIsValid(anchor)) {
        anchors$1.add(anchor);
        props.push(`&${anchor}`);
    }
    const tag = node.tag ?? (tagObj.default ? null : tagObj.tag);
    if (tag)
        props.push(doc.directives.tagString(tag));
    return props.join(' ');
}
function stringify(item, ctx, onComment, onChompKeep) {
    if (identity.isPair(item))
        return item.toString(ctx, onComment, onChompKeep);
    if (identity.isAlias(item)) {
        if (ctx.doc.directives)
            return item.toString(ctx);
        if (ctx.resolvedAliases?.has(item)) {
            throw new TypeError(`Cannot stringify circular structure without alias nodes`);
        }
        else {
            if (ctx.resolvedAliases)
                ctx.resolvedAliases.add(item);
            else
                ctx.resolvedAliases = new Set([item]);
            item = item.resolve(ctx.doc);
        }
    }
    let tagObj = undefined;
    const node = identity.isNode(item)
        ? item
        : ctx.doc.createNode(item, { onTagObj: o => (tagObj = o) });
    tagObj ?? (tagObj = getTagObject(ctx.doc.schema.tags, node));
    const props = stringifyProps(node, tagObj, ctx);
    if (props.length > 0)
        ctx.indentAtStart = (ctx.indentAtStart ?? 0) + props.length + 1;
    const str = typeof tagObj.stringify === 'function'
        ? tagObj.stringify(node, ctx, onComment, onChompKeep)
        : identity.isScalar(node)
            ? stringifyString.stringifyString(node, ctx, onComment, onChompKeep)
            : node.toString(ctx, onComment, onChompKeep);
    if (!props)
        return str;
    return identity.isScalar(node) || str[0] === '{' || str[0] === '['
        ? `${props} ${str}`
        : `${props}\n${ctx.indent}${str}`;
}

exports.createStringifyContext = createStringifyContext;
exports.stringify = stringify;


/***/ }),

/***/ 1212:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var stringify = __nccwpck_require__(2148);
var stringifyComment = __nccwpck_require__(9799);

function stringifyCollection(collection, ctx, options) {
    const flow = ctx.inFlow ?? collection.flow;
    const stringify = flow ? stringifyFlowCollection : stringifyBlockCollection;
    return stringify(collection, ctx, options);
}
function stringifyBlockCollection({ comment, items }, ctx, { blockItemPrefix, flowChars, itemIndent, onChompKeep, onComment }) {
    const { indent, options: { commentString } } = ctx;
    const itemCtx = Object.assign({}, ctx, { indent: itemIndent, type: null });
    let chompKeep = false; // flag for the preceding node's status
    const lines = [];
    for (let i = 0; i < items.length; ++i) {
        const item = items[i];
        let comment = null;
        if (identity.isNode(item)) {
            if (!chompKeep && item.spaceBefore)
                lines.push('');
            addCommentBefore(ctx, lines, item.commentBefore, chompKeep);
            if (item.comment)
                comment = item.comment;
        }
        else if (identity.isPair(item)) {
            const ik = identity.isNode(item.key) ? item.key : null;
            if (ik) {
                if (!chompKeep && ik.spaceBefore)
                    lines.push('');
                addCommentBefore(ctx, lines, ik.commentBefore, chompKeep);
            }
        }
        chompKeep = false;
        let str = stringify.stringify(item, itemCtx, () => (comment = null), () => (chompKeep = true));
        if (comment)
            str += stringifyComment.lineComment(str, itemIndent, commentString(comment));
        if (chompKeep && comment)
            chompKeep = false;
        lines.push(blockItemPrefix + str);
    }
    let str;
    if (lines.length === 0) {
        str = flowChars.start + flowChars.end;
    }
    else {
        str = lines[0];
        for (let i = 1; i < lines.length; ++i) {
            const line = lines[i];
            str += line ? `\n${indent}${line}` : '\n';
        }
    }
    if (comment) {
        str += '\n' + stringifyComment.indentComment(commentString(comment), indent);
        if (onComment)
            onComment();
    }
    else if (chompKeep && onChompKeep)
        onChompKeep();
    return str;
}
function stringifyFlowCollection({ items }, ctx, { flowChars, itemIndent }) {
    const { indent, indentStep, flowCollectionPadding: fcPadding, options: { commentString } } = ctx;
    itemIndent += indentStep;
    const itemCtx = Object.assign({}, ctx, {
        indent: itemIndent,
        inFlow: true,
        type: null
    });
    let reqNewline = false;
    let linesAtValue = 0;
    const lines = [];
    for (let i = 0; i < items.length; ++i) {
        const item = items[i];
        let comment = null;
        if (identity.isNode(item)) {
            if (item.spaceBefore)
                lines.push('');
            addCommentBefore(ctx, lines, item.commentBefore, false);
            if (item.comment)
                comment = item.comment;
        }
        else if (identity.isPair(item)) {
            const ik = identity.isNode(item.key) ? item.key : null;
            if (ik) {
                if (ik.spaceBefore)
                    lines.push('');
                addCommentBefore(ctx, lines, ik.commentBefore, false);
                if (ik.comment)
                    reqNewline = true;
            }
            const iv = identity.isNode(item.value) ? item.value : null;
            if (iv) {
                if (iv.comment)
                    comment = iv.comment;
                if (iv.commentBefore)
                    reqNewline = true;
            }
            else if (item.value == null && ik?.comment) {
                comment = ik.comment;
            }
        }
        if (comment)
            reqNewline = true;
        let str = stringify.stringify(item, itemCtx, () => (comment = null));
        reqNewline || (reqNewline = lines.length > linesAtValue || str.includes('\n'));
        if (i < items.length - 1) {
            str += ',';
        }
        else if (ctx.options.trailingComma) {
            if (ctx.options.lineWidth > 0) {
                reqNewline || (reqNewline = lines.reduce((sum, line) => sum + line.length + 2, 2) +
                    (str.length + 2) >
                    ctx.options.lineWidth);
            }
            if (reqNewline) {
                str += ',';
            }
        }
        if (comment)
            str += stringifyComment.lineComment(str, itemIndent, commentString(comment));
        lines.push(str);
        linesAtValue = lines.length;
    }
    const { start, end } = flowChars;
    if (lines.length === 0) {
        return start + end;
    }
    else {
        if (!reqNewline) {
            const len = lines.reduce((sum, line) => sum + line.length + 2, 2);
            reqNewline = ctx.options.lineWidth > 0 && len > ctx.options.lineWidth;
        }
        if (reqNewline) {
            let str = start;
            for (const line of lines)
                str += line ? `\n${indentStep}${indent}${line}` : '\n';
            return `${str}\n${indent}${end}`;
        }
        else {
            return `${start}${fcPadding}${lines.join(' ')}${fcPadding}${end}`;
        }
    }
}
function addCommentBefore({ indent, options: { commentString } }, lines, comment, chompKeep) {
    if (comment && chompKeep)
        comment = comment.replace(/^\n+/, '');
    if (comment) {
        const ic = stringifyComment.indentComment(commentString(comment), indent);
        lines.push(ic.trimStart()); // Avoid double indent on first line
    }
}

exports.stringifyCollection = stringifyCollection;


/***/ }),

/***/ 9799:
/***/ ((__unused_webpack_module, exports) => {



/**
 * Stringifies a comment.
 *
 * Empty comment lines are left empty,
 * lines consisting of a single space are replaced by `#`,
 * and all other lines are prefixed with a `#`.
 */
const stringifyComment = (str) => str.replace(/^(?!$)(?: $)?/gm, '#');
function indentComment(comment, indent) {
    if (/^\n+$/.test(comment))
        return comment.substring(1);
    return indent ? comment.replace(/^(?! *$)/gm, indent) : comment;
}
const lineComment = (str, indent, comment) => str.endsWith('\n')
    ? indentComment(comment, indent)
    : comment.includes('\n')
        ? '\n' + indentComment(comment, indent)
        : (str.endsWith(' ') ? '' : ' ') + comment;

exports.indentComment = indentComment;
exports.lineComment = lineComment;
exports.stringifyComment = stringifyComment;


/***/ }),

/***/ 6829:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var stringify = __nccwpck_require__(2148);
var stringifyComment = __nccwpck_require__(9799);

function stringifyDocument(doc, options) {
    const lines = [];
    let hasDirectives = options.directives === true;
    if (options.directives !== false && doc.directives) {
        const dir = doc.directives.toString(doc);
        if (dir) {
            lines.push(dir);
            hasDirectives = true;
        }
        else if (doc.directives.docStart)
            hasDirectives = true;
    }
    if (hasDirectives)
        lines.push('---');
    const ctx = stringify.createStringifyContext(doc, options);
    const { commentString } = ctx.options;
    if (doc.commentBefore) {
        if (lines.length !== 1)
            lines.unshift('');
        const cs = commentString(doc.commentBefore);
        lines.unshift(stringifyComment.indentComment(cs, ''));
    }
    let chompKeep = false;
    let contentComment = null;
    if (doc.contents) {
        if (identity.isNode(doc.contents)) {
            if (doc.contents.spaceBefore && hasDirectives)
                lines.push('');
            if (doc.contents.commentBefore) {
                const cs = commentString(doc.contents.commentBefore);
                lines.push(stringifyComment.indentComment(cs, ''));
            }
            // top-level block scalars need to be indented if followed by a comment
            ctx.forceBlockIndent = !!doc.comment;
            contentComment = doc.contents.comment;
        }
        const onChompKeep = contentComment ? undefined : () => (chompKeep = true);
        let body = stringify.stringify(doc.contents, ctx, () => (contentComment = null), onChompKeep);
        if (contentComment)
            body += stringifyComment.lineComment(body, '', commentString(contentComment));
        if ((body[0] === '|' || body[0] === '>') &&
            lines[lines.length - 1] === '---') {
            // Top-level block scalars with a preceding doc marker ought to use the
            // same line for their header.
            lines[lines.length - 1] = `--- ${body}`;
        }
        else
            lines.push(body);
    }
    else {
        lines.push(stringify.stringify(doc.contents, ctx));
    }
    if (doc.directives?.docEnd) {
        if (doc.comment) {
            const cs = commentString(doc.comment);
            if (cs.includes('\n')) {
                lines.push('...');
                lines.push(stringifyComment.indentComment(cs, ''));
            }
            else {
                lines.push(`... ${cs}`);
            }
        }
        else {
            lines.push('...');
        }
    }
    else {
        let dc = doc.comment;
        if (dc && chompKeep)
            dc = dc.replace(/^\n+/, '');
        if (dc) {
            if ((!chompKeep || contentComment) && lines[lines.length - 1] !== '')
                lines.push('');
            lines.push(stringifyComment.indentComment(commentString(dc), ''));
        }
    }
    return lines.join('\n') + '\n';
}

exports.stringifyDocument = stringifyDocument;


/***/ }),

/***/ 8689:
/***/ ((__unused_webpack_module, exports) => {



function stringifyNumber({ format, minFractionDigits, tag, value }) {
    if (typeof value === 'bigint')
        return String(value);
    const num = typeof value === 'number' ? value : Number(value);
    if (!isFinite(num))
        return isNaN(num) ? '.nan' : num < 0 ? '-.inf' : '.inf';
    let n = Object.is(value, -0) ? '-0' : JSON.stringify(value);
    if (!format &&
        minFractionDigits &&
        (!tag || tag === 'tag:yaml.org,2002:float') &&
        /^-?\d/.test(n) &&
        !n.includes('e')) {
        let i = n.indexOf('.');
        if (i < 0) {
            i = n.length;
            n += '.';
        }
        let d = minFractionDigits - (n.length - i - 1);
        while (d-- > 0)
            n += '0';
    }
    return n;
}

exports.stringifyNumber = stringifyNumber;


/***/ }),

/***/ 9748:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);
var stringify = __nccwpck_require__(2148);
var stringifyComment = __nccwpck_require__(9799);

function stringifyPair({ key, value }, ctx, onComment, onChompKeep) {
    const { allNullValues, doc, indent, indentStep, options: { commentString, indentSeq, simpleKeys } } = ctx;
    let keyComment = (identity.isNode(key) && key.comment) || null;
    if (simpleKeys) {
        if (keyComment) {
            throw new Error('With simple keys, key nodes cannot have comments');
        }
        if (identity.isCollection(key) || (!identity.isNode(key) && typeof key === 'object')) {
            const msg = 'With simple keys, collection cannot be used as a key value';
            throw new Error(msg);
        }
    }
    let explicitKey = !simpleKeys &&
        (!key ||
            (keyComment && value == null && !ctx.inFlow) ||
            identity.isCollection(key) ||
            (identity.isScalar(key)
                ? key.type === Scalar.Scalar.BLOCK_FOLDED || key.type === Scalar.Scalar.BLOCK_LITERAL
                : typeof key === 'object'));
    ctx = Object.assign({}, ctx, {
        allNullValues: false,
        implicitKey: !explicitKey && (simpleKeys || !allNullValues),
        indent: indent + indentStep
    });
    let keyCommentDone = false;
    let chompKeep = false;
    let str = stringify.stringify(key, ctx, () => (keyCommentDone = true), () => (chompKeep = true));
    if (!explicitKey && !ctx.inFlow && str.length > 1024) {
        if (simpleKeys)
            throw new Error('With simple keys, single line scalar must not span more than 1024 characters');
        explicitKey = true;
    }
    if (ctx.inFlow) {
        if (allNullValues || value == null) {
            if (keyCommentDone && onComment)
                onComment();
            return str === '' ? '?' : explicitKey ? `? ${str}` : str;
        }
    }
    else if ((allNullValues && !simpleKeys) || (value == null && explicitKey)) {
        str = `? ${str}`;
        if (keyComment && !keyCommentDone) {
            str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
        }
        else if (chompKeep && onChompKeep)
            onChompKeep();
        return str;
    }
    if (keyCommentDone)
        keyComment = null;
    if (explicitKey) {
        if (keyComment)
            str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
        str = `? ${str}\n${indent}:`;
    }
    else {
        str = `${str}:`;
        if (keyComment)
            str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
    }
    let vsb, vcb, valueComment;
    if (identity.isNode(value)) {
        vsb = !!value.spaceBefore;
        vcb = value.commentBefore;
        valueComment = value.comment;
    }
    else {
        vsb = false;
        vcb = null;
        valueComment = null;
        if (value && typeof value === 'object')
            value = doc.createNode(value);
    }
    ctx.implicitKey = false;
    if (!explicitKey && !keyComment && identity.isScalar(value))
        ctx.indentAtStart = str.length + 1;
    chompKeep = false;
    if (!indentSeq &&
        indentStep.length >= 2 &&
        !ctx.inFlow &&
        !explicitKey &&
        identity.isSeq(value) &&
        !value.flow &&
        !value.tag &&
        !value.anchor) {
        // If indentSeq === false, consider '- ' as part of indentation where possible
        ctx.indent = ctx.indent.substring(2);
    }
    let valueCommentDone = false;
    const valueStr = stringify.stringify(value, ctx, () => (valueCommentDone = true), () => (chompKeep = true));
    let ws = ' ';
    if (keyComment || vsb || vcb) {
        ws = vsb ? '\n' : '';
        if (vcb) {
            const cs = commentString(vcb);
            ws += `\n${stringifyComment.indentComment(cs, ctx.indent)}`;
        }
        if (valueStr === '' && !ctx.inFlow) {
            if (ws === '\n' && valueComment)
                ws = '\n\n';
        }
        else {
            ws += `\n${ctx.indent}`;
        }
    }
    else if (!explicitKey && identity.isCollection(value)) {
        const vs0 = valueStr[0];
        const nl0 = valueStr.indexOf('\n');
        const hasNewline = nl0 !== -1;
        const flow = ctx.inFlow ?? value.flow ?? value.items.length === 0;
        if (hasNewline || !flow) {
            let hasPropsLine = false;
            if (hasNewline && (vs0 === '&' || vs0 === '!')) {
                let sp0 = valueStr.indexOf(' ');
                if (vs0 === '&' &&
                    sp0 !== -1 &&
                    sp0 < nl0 &&
                    valueStr[sp0 + 1] === '!') {
                    sp0 = valueStr.indexOf(' ', sp0 + 1);
                }
                if (sp0 === -1 || nl0 < sp0)
                    hasPropsLine = true;
            }
            if (!hasPropsLine)
                ws = `\n${ctx.indent}`;
        }
    }
    else if (valueStr === '' || valueStr[0] === '\n') {
        ws = '';
    }
    str += ws + valueStr;
    if (ctx.inFlow) {
        if (valueCommentDone && onComment)
            onComment();
    }
    else if (valueComment && !valueCommentDone) {
        str += stringifyComment.lineComment(str, ctx.indent, commentString(valueComment));
    }
    else if (chompKeep && onChompKeep) {
        onChompKeep();
    }
    return str;
}

exports.stringifyPair = stringifyPair;


/***/ }),

/***/ 3069:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);
var foldFlowLines = __nccwpck_require__(4475);

const getFoldOptions = (ctx, isBlock) => ({
    indentAtStart: isBlock ? ctx.indent.length : ctx.indentAtStart,
    lineWidth: ctx.options.lineWidth,
    minContentWidth: ctx.options.minContentWidth
});
// Also checks for lines starting with %, as parsing the output as YAML 1.1 will
// presume that's starting a new document.
const containsDocumentMarker = (str) => /^(%|---|\.\.\.)/m.test(str);
function lineLengthOverLimit(str, lineWidth, indentLength) {
    if (!lineWidth || lineWidth < 0)
        return false;
    const limit = lineWidth - indentLength;
    const strLen = str.length;
    if (strLen <= limit)
        return false;
    for (let i = 0, start = 0; i < strLen; ++i) {
        if (str[i] === '\n') {
            if (i - start > limit)
                return true;
            start = i + 1;
            if (strLen - start <= limit)
                return false;
        }
    }
    return true;
}
function doubleQuotedString(value, ctx) {
    const json = JSON.stringify(value);
    if (ctx.options.doubleQuotedAsJSON)
        return json;
    const { implicitKey } = ctx;
    const minMultiLineLength = ctx.options.doubleQuotedMinMultiLineLength;
    const indent = ctx.indent || (containsDocumentMarker(value) ? '  ' : '');
    let str = '';
    let start = 0;
    for (let i = 0, ch = json[i]; ch; ch = json[++i]) {
        if (ch === ' ' && json[i + 1] === '\\' && json[i + 2] === 'n') {
            // space before newline needs to be escaped to not be folded
            str += json.slice(start, i) + '\\ ';
            i += 1;
            start = i;
            ch = '\\';
        }
        if (ch === '\\')
            switch (json[i + 1]) {
                case 'u':
                    {
                        str += json.slice(start, i);
                        const code = json.substr(i + 2, 4);
                        switch (code) {
                            case '0000':
                                str += '\\0';
                                break;
                            case '0007':
                                str += '\\a';
                                break;
                            case '000b':
                                str += '\\v';
                                break;
                            case '001b':
                                str += '\\e';
                                break;
                            case '0085':
                                str += '\\N';
                                break;
                            case '00a0':
                                str += '\\_';
                                break;
                            case '2028':
                                str += '\\L';
                                break;
                            case '2029':
                                str += '\\P';
                                break;
                            default:
                                if (code.substr(0, 2) === '00')
                                    str += '\\x' + code.substr(2);
                                else
                                    str += json.substr(i, 6);
                        }
                        i += 5;
                        start = i + 1;
                    }
                    break;
                case 'n':
                    if (implicitKey ||
                        json[i + 2] === '"' ||
                        json.length < minMultiLineLength) {
                        i += 1;
                    }
                    else {
                        // folding will eat first newline
                        str += json.slice(start, i) + '\n\n';
                        while (json[i + 2] === '\\' &&
                            json[i + 3] === 'n' &&
                            json[i + 4] !== '"') {
                            str += '\n';
                            i += 2;
                        }
                        str += indent;
                        // space after newline needs to be escaped to not be folded
                        if (json[i + 2] === ' ')
                            str += '\\';
                        i += 1;
                        start = i + 1;
                    }
                    break;
                default:
                    i += 1;
            }
    }
    str = start ? str + json.slice(start) : json;
    return implicitKey
        ? str
        : foldFlowLines.foldFlowLines(str, indent, foldFlowLines.FOLD_QUOTED, getFoldOptions(ctx, false));
}
function singleQuotedString(value, ctx) {
    if (ctx.options.singleQuote === false ||
        (ctx.implicitKey && value.includes('\n')) ||
        /[ \t]\n|\n[ \t]/.test(value) // single quoted string can't have leading or trailing whitespace around newline
    )
        return doubleQuotedString(value, ctx);
    const indent = ctx.indent || (containsDocumentMarker(value) ? '  ' : '');
    const res = "'" + value.replace(/'/g, "''").replace(/\n+/g, `$&\n${indent}`) + "'";
    return ctx.implicitKey
        ? res
        : foldFlowLines.foldFlowLines(res, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
}
function quotedString(value, ctx) {
    const { singleQuote } = ctx.options;
    let qs;
    if (singleQuote === false)
        qs = doubleQuotedString;
    else {
        const hasDouble = value.includes('"');
        const hasSingle = value.includes("'");
        if (hasDouble && !hasSingle)
            qs = singleQuotedString;
        else if (hasSingle && !hasDouble)
            qs = doubleQuotedString;
        else
            qs = singleQuote ? singleQuotedString : doubleQuotedString;
    }
    return qs(value, ctx);
}
// The negative lookbehind avoids a polynomial search,
// but isn't supported yet on Safari: https://caniuse.com/js-regexp-lookbehind
let blockEndNewlines;
try {
    blockEndNewlines = new RegExp('(^|(?<!\n))\n+(?!\n|$)', 'g');
}
catch {
    blockEndNewlines = /\n+(?!\n|$)/g;
}
function blockString({ comment, type, value }, ctx, onComment, onChompKeep) {
    const { blockQuote, commentString, lineWidth } = ctx.options;
    // 1. Block can't end in whitespace unless the last line is non-empty.
    // 2. Strings consisting of only whitespace are best rendered explicitly.
    if (!blockQuote || /\n[\t ]+$/.test(value)) {
        return quotedString(value, ctx);
    }
    const indent = ctx.indent ||
        (ctx.forceBlockIndent || containsDocumentMarker(value) ? '  ' : '');
    const literal = blockQuote === 'literal'
        ? true
        : blockQuote === 'folded' || type === Scalar.Scalar.BLOCK_FOLDED
            ? false
            : type === Scalar.Scalar.BLOCK_LITERAL
                ? true
                : !lineLengthOverLimit(value, lineWidth, indent.length);
    if (!value)
        return literal ? '|\n' : '>\n';
    // determine chomping from whitespace at value end
    let chomp;
    let endStart;
    for (endStart = value.length; endStart > 0; --endStart) {
        const ch = value[endStart - 1];
        if (ch !== '\n' && ch !== '\t' && ch !== ' ')
            break;
    }
    let end = value.substring(endStart);
    const endNlPos = end.indexOf('\n');
    if (endNlPos === -1) {
        chomp = '-'; // strip
    }
    else if (value === end || endNlPos !== end.length - 1) {
        chomp = '+'; // keep
        if (onChompKeep)
            onChompKeep();
    }
    else {
        chomp = ''; // clip
    }
    if (end) {
        value = value.slice(0, -end.length);
        if (end[end.length - 1] === '\n')
            end = end.slice(0, -1);
        end = end.replace(blockEndNewlines, `$&${indent}`);
    }
    // determine indent indicator from whitespace at value start
    let startWithSpace = false;
    let startEnd;
    let startNlPos = -1;
    for (startEnd = 0; startEnd < value.length; ++startEnd) {
        const ch = value[startEnd];
        if (ch === ' ')
            startWithSpace = true;
        else if (ch === '\n')
            startNlPos = startEnd;
        else
            break;
    }
    let start = value.substring(0, startNlPos < startEnd ? startNlPos + 1 : startEnd);
    if (start) {
        value = value.substring(start.length);
        start = start.replace(/\n+/g, `$&${indent}`);
    }
    const indentSize = indent ? '2' : '1'; // root is at -1
    // Leading | or > is added later
    let header = (startWithSpace ? indentSize : '') + chomp;
    if (comment) {
        header += ' ' + commentString(comment.replace(/ ?[\r\n]+/g, ' '));
        if (onComment)
            onComment();
    }
    if (!literal) {
        const foldedValue = value
            .replace(/\n+/g, '\n$&')
            .replace(/(?:^|\n)([\t ].*)(?:([\n\t ]*)\n(?![\n\t ]))?/g, '$1$2') // more-indented lines aren't folded
            //                ^ more-ind. ^ empty     ^ capture next empty lines only at end of indent
            .replace(/\n+/g, `$&${indent}`);
        let literalFallback = false;
        const foldOptions = getFoldOptions(ctx, true);
        if (blockQuote !== 'folded' && type !== Scalar.Scalar.BLOCK_FOLDED) {
            foldOptions.onOverflow = () => {
                literalFallback = true;
            };
        }
        const body = foldFlowLines.foldFlowLines(`${start}${foldedValue}${end}`, indent, foldFlowLines.FOLD_BLOCK, foldOptions);
        if (!literalFallback)
            return `>${header}\n${indent}${body}`;
    }
    value = value.replace(/\n+/g, `$&${indent}`);
    return `|${header}\n${indent}${start}${value}${end}`;
}
function plainString(item, ctx, onComment, onChompKeep) {
    const { type, value } = item;
    const { actualString, implicitKey, indent, indentStep, inFlow } = ctx;
    if ((implicitKey && value.includes('\n')) ||
        (inFlow && /[[\]{},]/.test(value))) {
        return quotedString(value, ctx);
    }
    if (/^[\n\t ,[\]{}#&*!|>'"%@`]|^[?-]$|^[?-][ \t]|[\n:][ \t]|[ \t]\n|[\n\t ]#|[\n\t :]$/.test(value)) {
        // not allowed:
        // - '-' or '?'
        // - start with an indicator character (except [?:-]) or /[?-] /
        // - '\n ', ': ' or ' \n' anywhere
        // - '#' not preceded by a non-space char
        // - end with ' ' or ':'
        return implicitKey || inFlow || !value.includes('\n')
            ? quotedString(value, ctx)
            : blockString(item, ctx, onComment, onChompKeep);
    }
    if (!implicitKey &&
        !inFlow &&
        type !== Scalar.Scalar.PLAIN &&
        value.includes('\n')) {
        // Where allowed & type not set explicitly, prefer block style for multiline strings
        return blockString(item, ctx, onComment, onChompKeep);
    }
    if (containsDocumentMarker(value)) {
        if (indent === '') {
            ctx.forceBlockIndent = true;
            return blockString(item, ctx, onComment, onChompKeep);
        }
        else if (implicitKey && indent === indentStep) {
            return quotedString(value, ctx);
        }
    }
    const str = value.replace(/\n+/g, `$&\n${indent}`);
    // Verify that output will be parsed as a string, as e.g. plain numbers and
    // booleans get parsed with those types in v1.2 (e.g. '42', 'true' & '0.9e-3'),
    // and others in v1.1.
    if (actualString) {
        const test = (tag) => tag.default && tag.tag !== 'tag:yaml.org,2002:str' && tag.test?.test(str);
        const { compat, tags } = ctx.doc.schema;
        if (tags.some(test) || compat?.some(test))
            return quotedString(value, ctx);
    }
    return implicitKey
        ? str
        : foldFlowLines.foldFlowLines(str, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
}
function stringifyString(item, ctx, onComment, onChompKeep) {
    const { implicitKey, inFlow } = ctx;
    const ss = typeof item.value === 'string'
        ? item
        : Object.assign({}, item, { value: String(item.value) });
    let { type } = item;
    if (type !== Scalar.Scalar.QUOTE_DOUBLE) {
        // force double quotes on control characters & unpaired surrogates
        if (/[\x00-\x08\x0b-\x1f\x7f-\x9f\u{D800}-\u{DFFF}]/u.test(ss.value))
            type = Scalar.Scalar.QUOTE_DOUBLE;
    }
    const _stringify = (_type) => {
        switch (_type) {
            case Scalar.Scalar.BLOCK_FOLDED:
            case Scalar.Scalar.BLOCK_LITERAL:
                return implicitKey || inFlow
                    ? quotedString(ss.value, ctx) // blocks are not valid inside flow containers
                    : blockString(ss, ctx, onComment, onChompKeep);
            case Scalar.Scalar.QUOTE_DOUBLE:
                return doubleQuotedString(ss.value, ctx);
            case Scalar.Scalar.QUOTE_SINGLE:
                return singleQuotedString(ss.value, ctx);
            case Scalar.Scalar.PLAIN:
                return plainString(ss, ctx, onComment, onChompKeep);
            default:
                return null;
        }
    };
    let res = _stringify(type);
    if (res === null) {
        const { defaultKeyType, defaultStringType } = ctx.options;
        const t = (implicitKey && defaultKeyType) || defaultStringType;
        res = _stringify(t);
        if (res === null)
            throw new Error(`Unsupported default string type ${t}`);
    }
    return res;
}

exports.stringifyString = stringifyString;


/***/ }),

/***/ 204:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);

const BREAK = Symbol('break visit');
const SKIP = Symbol('skip children');
const REMOVE = Symbol('remove node');
/**
 * Apply a visitor to an AST node or document.
 *
 * Walks through the tree (depth-first) starting from `node`, calling a
 * `visitor` function with three arguments:
 *   - `key`: For sequence values and map `Pair`, the node's index in the
 *     collection. Within a `Pair`, `'key'` or `'value'`, correspondingly.
 *     `null` for the root node.
 *   - `node`: The current node.
 *   - `path`: The ancestry of the current node.
 *
 * The return value of the visitor may be used to control the traversal:
 *   - `undefined` (default): Do nothing and continue
 *   - `visit.SKIP`: Do not visit the children of this node, continue with next
 *     sibling
 *   - `visit.BREAK`: Terminate traversal completely
 *   - `visit.REMOVE`: Remove the current node, then continue with the next one
 *   - `Node`: Replace the current node, then continue by visiting it
 *   - `number`: While iterating the items of a sequence or map, set the index
 *     of the next step. This is useful especially if the index of the current
 *     node has changed.
 *
 * If `visitor` is a single function, it will be called with all values
 * encountered in the tree, including e.g. `null` values. Alternatively,
 * separate visitor functions may be defined for each `Map`, `Pair`, `Seq`,
 * `Alias` and `Scalar` node. To define the same visitor function for more than
 * one node type, use the `Collection` (map and seq), `Value` (map, seq & scalar)
 * and `Node` (alias, map, seq & scalar) targets. Of all these, only the most
 * specific defined one will be used for each node.
 */
function visit(node, visitor) {
    const visitor_ = initVisitor(visitor);
    if (identity.isDocument(node)) {
        const cd = visit_(null, node.contents, visitor_, Object.freeze([node]));
        if (cd === REMOVE)
            node.contents = null;
    }
    else
        visit_(null, node, visitor_, Object.freeze([]));
}
// Without the `as symbol` casts, TS declares these in the `visit`
// namespace using `var`, but then complains about that because
// `unique symbol` must be `const`.
/** Terminate visit traversal completely */
visit.BREAK = BREAK;
/** Do not visit the children of the current node */
visit.SKIP = SKIP;
/** Remove the current node */
visit.REMOVE = REMOVE;
function visit_(key, node, visitor, path) {
    const ctrl = callVisitor(key, node, visitor, path);
    if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
        replaceNode(key, path, ctrl);
        return visit_(key, ctrl, visitor, path);
    }
    if (typeof ctrl !== 'symbol') {
        if (identity.isCollection(node)) {
            path = Object.freeze(path.concat(node));
            for (let i = 0; i < node.items.length; ++i) {
                const ci = visit_(i, node.items[i], visitor, path);
                if (typeof ci === 'number')
                    i = ci - 1;
                else if (ci === BREAK)
                    return BREAK;
                else if (ci === REMOVE) {
                    node.items.splice(i, 1);
                    i -= 1;
                }
            }
        }
        else if (identity.isPair(node)) {
            path = Object.freeze(path.concat(node));
            const ck = visit_('key', node.key, visitor, path);
            if (ck === BREAK)
                return BREAK;
            else if (ck === REMOVE)
                node.key = null;
            const cv = visit_('value', node.value, visitor, path);
            if (cv === BREAK)
                return BREAK;
            else if (cv === REMOVE)
                node.value = null;
        }
    }
    return ctrl;
}
/**
 * Apply an async visitor to an AST node or document.
 *
 * Walks through the tree (depth-first) starting from `node`, calling a
 * `visitor` function with three arguments:
 *   - `key`: For sequence values and map `Pair`, the node's index in the
 *     collection. Within a `Pair`, `'key'` or `'value'`, correspondingly.
 *     `null` for the root node.
 *   - `node`: The current node.
 *   - `path`: The ancestry of the current node.
 *
 * The return value of the visitor may be used to control the traversal:
 *   - `Promise`: Must resolve to one of the following values
 *   - `undefined` (default): Do nothing and continue
 *   - `visit.SKIP`: Do not visit the children of this node, continue with next
 *     sibling
 *   - `visit.BREAK`: Terminate traversal completely
 *   - `visit.REMOVE`: Remove the current node, then continue with the next one
 *   - `Node`: Replace the current node, then continue by visiting it
 *   - `number`: While iterating the items of a sequence or map, set the index
 *     of the next step. This is useful especially if the index of the current
 *     node has changed.
 *
 * If `visitor` is a single function, it will be called with all values
 * encountered in the tree, including e.g. `null` values. Alternatively,
 * separate visitor functions may be defined for each `Map`, `Pair`, `Seq`,
 * `Alias` and `Scalar` node. To define the same visitor function for more than
 * one node type, use the `Collection` (map and seq), `Value` (map, seq & scalar)
 * and `Node` (alias, map, seq & scalar) targets. Of all these, only the most
 * specific defined one will be used for each node.
 */
async function visitAsync(node, visitor) {
    const visitor_ = initVisitor(visitor);
    if (identity.isDocument(node)) {
        const cd = await visitAsync_(null, node.contents, visitor_, Object.freeze([node]));
        if (cd === REMOVE)
            node.contents = null;
    }
    else
        await visitAsync_(null, node, visitor_, Object.freeze([]));
}
// Without the `as symbol` casts, TS declares these in the `visit`
// namespace using `var`, but then complains about that because
// `unique symbol` must be `const`.
/** Terminate visit traversal completely */
visitAsync.BREAK = BREAK;
/** Do not visit the children of the current node */
visitAsync.SKIP = SKIP;
/** Remove the current node */
visitAsync.REMOVE = REMOVE;
async function visitAsync_(key, node, visitor, path) {
    const ctrl = await callVisitor(key, node, visitor, path);
    if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
        replaceNode(key, path, ctrl);
        return visitAsync_(key, ctrl, visitor, path);
    }
    if (typeof ctrl !== 'symbol') {
        if (identity.isCollection(node)) {
            path = Object.freeze(path.concat(node));
            for (let i = 0; i < node.items.length; ++i) {
                const ci = await visitAsync_(i, node.items[i], visitor, path);
                if (typeof ci === 'number')
                    i = ci - 1;
                else if (ci === BREAK)
                    return BREAK;
                else if (ci === REMOVE) {
                    node.items.splice(i, 1);
                    i -= 1;
                }
            }
        }
        else if (identity.isPair(node)) {
            path = Object.freeze(path.concat(node));
            const ck = await visitAsync_('key', node.key, visitor, path);
            if (ck === BREAK)
                return BREAK;
            else if (ck === REMOVE)
                node.key = null;
            const cv = await visitAsync_('value', node.value, visitor, path);
            if (cv === BREAK)
                return BREAK;
            else if (cv === REMOVE)
                node.value = null;
        }
    }
    return ctrl;
}
function initVisitor(visitor) {
    if (typeof visitor === 'object' &&
        (visitor.Collection || visitor.Node || visitor.Value)) {
        return Object.assign({
            Alias: visitor.Node,
            Map: visitor.Node,
            Scalar: visitor.Node,
            Seq: visitor.Node
        }, visitor.Value && {
            Map: visitor.Value,
            Scalar: visitor.Value,
            Seq: visitor.Value
        }, visitor.Collection && {
            Map: visitor.Collection,
            Seq: visitor.Collection
        }, visitor);
    }
    return visitor;
}
function callVisitor(key, node, visitor, path) {
    if (typeof visitor === 'function')
        return visitor(key, node, path);
    if (identity.isMap(node))
        return visitor.Map?.(key, node, path);
    if (identity.isSeq(node))
        return visitor.Seq?.(key, node, path);
    if (identity.isPair(node))
        return visitor.Pair?.(key, node, path);
    if (identity.isScalar(node))
        return visitor.Scalar?.(key, node, path);
    if (identity.isAlias(node))
        return visitor.Alias?.(key, node, path);
    return undefined;
}
function replaceNode(key, path, node) {
    const parent = path[path.length - 1];
    if (identity.isCollection(parent)) {
        parent.items[key] = node;
    }
    else if (identity.isPair(parent)) {
        if (key === 'key')
            parent.key = node;
        else
            parent.value = node;
    }
    else if (identity.isDocument(parent)) {
        parent.contents = node;
    }
    else {
        const pt = identity.isAlias(parent) ? 'alias' : 'scalar';
        throw new Error(`Cannot replace node with ${pt} parent`);
    }
}

exports.visit = visit;
exports.visitAsync = visitAsync;


/***/ })

/******/ });
/************************************************************************/
/******/ // The module cache
/******/ var __webpack_module_cache__ = {};
/******/ 
/******/ // The require function
/******/ function __nccwpck_require__(moduleId) {
/******/ 	// Check if module is in cache
/******/ 	var cachedModule = __webpack_module_cache__[moduleId];
/******/ 	if (cachedModule !== undefined) {
/******/ 		return cachedModule.exports;
/******/ 	}
/******/ 	// Create a new module (and put it into the cache)
/******/ 	var module = __webpack_module_cache__[moduleId] = {
/******/ 		// no module.id needed
/******/ 		// no module.loaded needed
/******/ 		exports: {}
/******/ 	};
/******/ 
/******/ 	// Execute the module function
/******/ 	var threw = true;
/******/ 	try {
/******/ 		__webpack_modules__[moduleId](module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
/******/ 
/******/ 	// Return the exports of the module
/******/ 	return module.exports;
/******/ }
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/asset-relocator-loader */
/******/ if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = decodeURIComponent(new URL('.', import.meta.url).pathname).slice(import.meta.url.match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/";
/******/ 
/******/ /* webpack/runtime/compat get default export */
/******/ (() => {
/******/ 	// getDefaultExport function for compatibility with non-harmony modules
/******/ 	__nccwpck_require__.n = (module) => {
/******/ 		var getter = module && module.__esModule ?
/******/ 			() => (module['default']) :
/******/ 			() => (module);
/******/ 		__nccwpck_require__.d(getter, { a: getter });
/******/ 		return getter;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/define property getters */
/******/ (() => {
/******/ 	// define getter functions for harmony exports
/******/ 	__nccwpck_require__.d = (exports, definition) => {
/******/ 		for(var key in definition) {
/******/ 			if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 				Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 			}
/******/ 		}
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/************************************************************************/
var __webpack_exports__ = {};

;// CONCATENATED MODULE: external "node:fs/promises"
const promises_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs/promises");
;// CONCATENATED MODULE: external "node:path"
const external_node_path_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");
var external_node_path_default = /*#__PURE__*/__nccwpck_require__.n(external_node_path_namespaceObject);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __nccwpck_require__(8815);
;// CONCATENATED MODULE: ./src/changes/path-filter.ts
// Which changed paths the scan looks at: the `paths` / `exclude` inputs and config keys. A small glob
// matcher instead of a dependency (Node's path.matchesGlob is still experimental on Node 20/22 and warns).
// Semantics follow GitHub's own workflow `paths:` filters, which users already know
// (docs.github.com "Workflow syntax for GitHub Actions", "Filter pattern cheat sheet"):
//   `*` any characters except `/`, `**` any characters including `/`, `?` one character except `/`,
//   `[abc]` / `[a-z]` a character class, `{a,b}` alternatives; a pattern matches the whole repo-relative path.
/** Patterns are written one a line or comma separated (action inputs are single strings); a comma inside
 * `{a,b}` belongs to the pattern. */
function splitGlobList(text) {
    if (!text)
        return [];
    const out = [];
    let current = '';
    let depth = 0;
    for (const c of text) {
        if (c === '{')
            depth++;
        if (c === '}' && depth > 0)
            depth--;
        if (c === '\n' || (c === ',' && depth === 0)) {
            out.push(current);
            current = '';
        }
        else {
            current += c;
        }
    }
    out.push(current);
    return out.map((s) => s.trim()).filter((s) => s !== '' && !s.startsWith('#'));
}
/** Compiles one glob to an anchored regular expression; throws a sentence naming the pattern when malformed. */
function compileGlob(glob) {
    let re = '';
    let braceDepth = 0;
    for (let i = 0; i < glob.length; i++) {
        const c = glob[i];
        if (c === '*') {
            if (glob[i + 1] === '*') {
                i++;
                // `**/` also matches zero directories, so `**/kubeadm.yaml` matches `kubeadm.yaml` at the root.
                if (glob[i + 1] === '/') {
                    i++;
                    re += '(?:.*/)?';
                }
                else {
                    re += '.*';
                }
            }
            else {
                re += '[^/]*';
            }
        }
        else if (c === '?') {
            re += '[^/]';
        }
        else if (c === '[') {
            const end = glob.indexOf(']', i + 2);
            if (end < 0)
                throw new Error(`Invalid glob '${glob}': unclosed '['.`);
            let body = glob.slice(i + 1, end);
            if (body.startsWith('!'))
                body = `^${body.slice(1)}`;
            re += `[${body.replace(/\\/g, '\\\\')}]`;
            i = end;
        }
        else if (c === '{') {
            braceDepth++;
            re += '(?:';
        }
        else if (c === '}' && braceDepth > 0) {
            braceDepth--;
            re += ')';
        }
        else if (c === ',' && braceDepth > 0) {
            re += '|';
        }
        else if (c === '\\' && i + 1 < glob.length) {
            i++;
            re += escapeRegExp(glob[i]);
        }
        else {
            re += escapeRegExp(c);
        }
    }
    if (braceDepth > 0)
        throw new Error(`Invalid glob '${glob}': unclosed '{'.`);
    return new RegExp(`^${re}$`);
}
function escapeRegExp(c) {
    return /[.*+?^${}()|[\]\\/]/.test(c) ? `\\${c}` : c;
}
function compilePatterns(globs, name) {
    const patterns = globs.map((glob) => {
        const negate = glob.startsWith('!');
        return { glob, negate, re: compileGlob(negate ? glob.slice(1) : glob) };
    });
    // GitHub refuses a filter made of negations only ("you must also define at least one path without the !
    // character", docs.github.com "Workflow syntax": on.<push|pull_request>.paths): it would match nothing.
    if (patterns.length > 0 && patterns.every((p) => p.negate)) {
        throw new Error(`'${name}' holds only negated patterns (${globs.join(', ')}): a '!pattern' removes paths that an earlier pattern added, so add a positive pattern before it (e.g. '**').`);
    }
    return patterns;
}
/** Ordered matching: the last pattern that matches decides, a `!pattern` saying no (GitHub `paths:`). */
function matchesList(patterns, path) {
    let matched = false;
    for (const p of patterns)
        if (p.re.test(path))
            matched = !p.negate;
    return matched;
}
/**
 * A path is scanned when `paths` is empty or selects it, and `exclude` does not. Both lists are ordered: a
 * later `!pattern` takes back what an earlier pattern matched (`exclude: ['clusters/**', '!clusters/prod/**']`
 * skips every cluster but prod). Throws on a list of negations only.
 */
function createPathFilter(paths, exclude) {
    const include = compilePatterns(paths, 'paths');
    const skip = compilePatterns(exclude, 'exclude');
    return (path) => {
        const p = path.replace(/^\.\//, '');
        if (include.length > 0 && !matchesList(include, p))
            return false;
        return !matchesList(skip, p);
    };
}
/** Patterns (as written, `!` kept) that match none of `paths`: a scope that says nothing is reported, not silent. */
function unmatchedPatterns(globs, paths) {
    return globs.filter((glob) => {
        const re = compileGlob(glob.startsWith('!') ? glob.slice(1) : glob);
        return !paths.some((p) => re.test(p.replace(/^\.\//, '')));
    });
}

;// CONCATENATED MODULE: ./src/file-kind.ts
// Which changed files can be cluster configs at all, decided by path and content together, before any format
// reads them (issue 11: 826 of 1,025 replayed findings fell on docs, program source and vendored code).
//
// A deny-list, not an allow-list: formats are recognised by content (SPEC §5) and real configs carry any
// name (`kubeadm.conf`, `kube-apiserver.manifest.j2`, `contrib-sysconfig-apiserver`, `init.v1beta4`), so
// only files that are plainly something else are skipped:
// - documentation: Markdown, reST, AsciiDoc, HTML, plain-text docs, TOML release notes. A doc that shows a
//   kubeadm snippet or `--service-cluster-ip-range=` describes a cluster; it does not run one.
// - program source: Go, Python, JS/TS, Java, Rust, C/C++… (a flag in a Go test table is test data). A file
//   without an extension is decided by its shebang: `#!/bin/bash` is a script that may start kube-apiserver
//   (a flag carrier, read), `#!/usr/bin/env python3` is a program (skipped).
// - vendored trees (vendor/, node_modules/, third_party/): other projects' files, not this repository's
//   clusters. Generated code (*.pb.go, zz_generated*.go) is program source by its extension already.
// YAML, JSON, HCL, systemd units, env files and shell scripts are always read, wherever they live: a `.yaml`
// under docs/ or testdata/ is still a config, and docs/examples configs are what users copy into clusters, so a
// wrong value there deserves a look (they draw findings only where a format's signature is present).
// A template is judged by the extension it renders to: `kubeadm.yaml.j2` is YAML, `NOTES.md.tmpl` is a doc.
//
// A repository opts a skipped path back in by naming it in `paths` (see optInFromPaths).

const SKIP_REASON_TEXT = {
    documentation: 'documentation',
    source: 'program source',
    vendored: 'vendored',
    unsupported: 'no supported format',
};
const DOC_EXTENSIONS = new Set([
    'md',
    'markdown',
    'mdx',
    'mkd',
    'rst',
    'adoc',
    'asciidoc',
    'asc',
    'html',
    'htm',
    'xhtml',
    'txt',
    'text',
    'org',
    'rdoc',
    'textile',
    'tex',
    'pod',
    'ipynb',
    'svg',
    'pdf',
    'csv',
    'tsv',
]);
const SOURCE_EXTENSIONS = new Set([
    'go',
    'py',
    'pyi',
    'js',
    'mjs',
    'cjs',
    'jsx',
    'ts',
    'mts',
    'cts',
    'tsx',
    'java',
    'kt',
    'kts',
    'scala',
    'groovy',
    'rs',
    'c',
    'h',
    'cc',
    'cpp',
    'cxx',
    'hpp',
    'hh',
    'hxx',
    'cs',
    'fs',
    'vb',
    'rb',
    'php',
    'swift',
    'm',
    'mm',
    'lua',
    'pl',
    'pm',
    'r',
    'dart',
    'ex',
    'exs',
    'erl',
    'hrl',
    'hs',
    'ml',
    'mli',
    'clj',
    'cljs',
    'elm',
    'zig',
    'nim',
    'jl',
    'vue',
    'svelte',
    'css',
    'scss',
    'sass',
    'less',
    'proto',
    'thrift',
    'ps1',
    'psm1',
    'bat',
    'cmd',
    'sum',
    'mod',
]);
/** Template suffixes: the file is judged by the extension before them. */
const TEMPLATE_EXTENSIONS = new Set(['j2', 'jinja', 'jinja2', 'tpl', 'tmpl', 'gotmpl', 'template', 'tt', 'erb', 'mustache', 'hbs']);
/** Names of docs without an extension (or whatever their extension). */
const DOC_NAMES = /^(readme|changelog|changes|history|news|notes|authors|contributors|contributing|license|licence|copying|notice|owners|maintainers|security|code_of_conduct|release[-_]?notes)(\.|$)/i;
const VENDORED_DIR = /(^|\/)(vendor|node_modules|third_party|bower_components)\//;
const SHEBANG = /^#![ \t]*(\S+)(?:[ \t]+(\S+))?/;
const SHELLS = /^(sh|bash|dash|ash|ksh|zsh|busybox)$/;
/** What kind of file this is, from its path and (for names that do not say) its content. */
function classifyFile(path, text) {
    const p = path.replace(/\\/g, '/').replace(/^\.\//, '');
    if (VENDORED_DIR.test(p))
        return 'vendored';
    const base = p.slice(p.lastIndexOf('/') + 1);
    const parts = base.toLowerCase().split('.');
    // Strip template suffixes: `kubeadm.yaml.j2` is YAML, `apiserver.j2` has no inner extension.
    while (parts.length > 1 && TEMPLATE_EXTENSIONS.has(parts[parts.length - 1]))
        parts.pop();
    const ext = parts.length > 1 ? parts[parts.length - 1] : '';
    if (DOC_EXTENSIONS.has(ext))
        return 'documentation';
    if (SOURCE_EXTENSIONS.has(ext))
        return 'source';
    if (ext === 'toml')
        return 'documentation'; // no supported format is TOML; TOML in these repos is release notes (Talos hack/release.toml)
    if (DOC_NAMES.test(base) && !isConfigLikeExtension(ext))
        return 'documentation';
    if (ext === '' && text !== undefined) {
        const m = SHEBANG.exec(text);
        if (m) {
            const program = m[1].slice(m[1].lastIndexOf('/') + 1);
            const interpreter = program === 'env' ? (m[2] ?? '').replace(/^-S$/, '') : program;
            if (interpreter && !SHELLS.test(interpreter))
                return 'source';
        }
    }
    return 'config';
}
/**
 * True when the paths alone (a rename offers both) say the file is no cluster config, so its contents need not
 * be read at all; the engine classifies it the same way from the path (fileKindOf) and counts it as skipped.
 * An extensionless file needs its shebang, so it is never decided here.
 */
function skippedByPath(paths, optIn) {
    if (optIn && paths.some((p) => optIn(p)))
        return false;
    return paths.every((p) => classifyFile(p) !== 'config');
}
function isConfigLikeExtension(ext) {
    return ['yaml', 'yml', 'json', 'conf', 'env', 'sh', 'service', 'tf', 'tfvars', 'cfg', 'ini'].includes(ext);
}
/**
 * The opt-in hook: a docs, source or vendored path is read anyway when an explicit `paths` glob names it. A glob
 * names a file when it matches and its last segment is specific: a literal name (`docs/kube-apiserver.md`) or a
 * pattern with the file's extension (`docs/**\/*.md`). A catch-all (`clusters/**`, `**\/*`) scopes the scan but does
 * not ask for the READMEs and Go files inside it.
 */
function optInFromPaths(paths) {
    const specific = paths
        .map((glob) => ({ glob, last: glob.slice(glob.lastIndexOf('/') + 1) }))
        .filter(({ last }) => last !== '' && !/^[*?]+$/.test(last) && !/^\*+\.\*+$/.test(last))
        .map(({ glob }) => compileGlob(glob));
    if (specific.length === 0)
        return undefined;
    return (path) => specific.some((r) => r.test(path.replace(/^\.\//, '')));
}
function emptySkipped() {
    return { files: 0, documentation: 0, source: 0, vendored: 0, unsupported: 0 };
}
/** One line for humans: "1,204 files skipped: 980 documentation, 200 program source, 24 no supported format". */
function describeSkipped(skipped) {
    if (!skipped || skipped.files === 0)
        return null;
    const n = (x) => x.toLocaleString('en-US');
    const parts = Object.keys(SKIP_REASON_TEXT).filter((r) => skipped[r] > 0).map((r) => `${n(skipped[r])} ${SKIP_REASON_TEXT[r]}`);
    return `${n(skipped.files)} file${skipped.files === 1 ? '' : 's'} skipped: ${parts.join(', ')}`;
}

;// CONCATENATED MODULE: ./src/rules.ts
// Rule metadata as data: one entry per rule id (SPEC §3). Messages with the facts of one finding are built
// in messages.ts from these texts; docs/rules.md and the reporters read this table too.
const SERVICECIDR_DOCS = 'https://kubernetes.io/docs/tasks/network/reconfigure-default-service-ip-ranges/';
const EXTEND_DOCS = 'https://kubernetes.io/docs/tasks/network/extend-service-ip-ranges/';
const CONTROLLER = 'kubernetes/kubernetes pkg/controlplane/controller/defaultservicecidr/default_servicecidr_controller.go';
const RULES = {
    'dual-stack-upgrade': {
        id: 'dual-stack-upgrade',
        defaultLevel: 'notice',
        title: 'Single-stack to dual-stack, primary kept',
        trigger: 'one range becomes two; the first (primary) range is unchanged and the new second range is of the other IP family',
        apiserver: 'supported: the apiserver adds the secondary range to the default ServiceCIDR "kubernetes" by itself (kubernetes/kubernetes#131261, fixed by #131263 in 1.33)',
        remediation: 'roll the new value out to every kube-apiserver first, then kube-controller-manager, kube-proxy and the CNI, and give nodes pod CIDRs of both families',
        sources: [SERVICECIDR_DOCS, 'https://github.com/kubernetes/kubernetes/issues/131261', CONTROLLER],
    },
    'family-reduction': {
        id: 'family-reduction',
        defaultLevel: 'error',
        title: 'Dual-stack to single-stack',
        trigger: 'two ranges become one; the primary range is kept and the secondary IP family is dropped',
        apiserver: 'not applied: the ServiceCIDR "kubernetes" stays dual-stack, the apiserver logs "Inconsistent ServiceCIDR status" and emits a KubernetesDefaultServiceCIDRInconsistent event; Services of the dropped family keep their IPs',
        remediation: 'keep the secondary range in the flag; to retire the family, first convert every dual-stack Service to single-stack and delete the secondary ServiceCIDR manually, following the "Kubernetes Default Service CIDR Reconfiguration" guide',
        sources: [SERVICECIDR_DOCS, CONTROLLER],
    },
    'primary-family-change': {
        id: 'primary-family-change',
        defaultLevel: 'error',
        title: 'Primary IP family changed',
        trigger: 'the first range changes IP family: IPv4 to IPv6, IPv6 to IPv4, the two ranges swapped, or only the secondary kept',
        apiserver: 'not applied: the ServiceCIDR "kubernetes" keeps the old primary, the apiserver reports it as inconsistent, and creating Services fails because the primary family no longer matches; the apiserver may refuse to start when --advertise-address is of the other family',
        remediation: 'keep the current primary range first; a change of the primary family needs a new cluster or a manual migration, it cannot be rolled out by changing the flag',
        sources: [SERVICECIDR_DOCS, CONTROLLER],
    },
    'primary-range-change': {
        id: 'primary-range-change',
        defaultLevel: 'error',
        title: 'Primary range changed',
        trigger: 'the primary range changes within its IP family: expanded, shrunk or moved',
        apiserver: 'not applied: the ServiceCIDR "kubernetes" keeps the old range and is reported inconsistent; new Services still get IPs from the old range, and the kubernetes.default Service IP, the apiserver certificate SANs and the cluster DNS IP stay on the old range',
        remediation: 'keep the flag as it is and add the extra addresses as a new ServiceCIDR object (networking.k8s.io/v1, Kubernetes 1.33+)',
        sources: [SERVICECIDR_DOCS, EXTEND_DOCS, CONTROLLER],
    },
    'secondary-range-change': {
        id: 'secondary-range-change',
        defaultLevel: 'error',
        title: 'Secondary range changed',
        trigger: 'two ranges stay two with the same primary, and the secondary range changes',
        apiserver: 'not applied: the secondary range of the ServiceCIDR "kubernetes" is immutable, so the old secondary stays in use and the object is reported inconsistent',
        remediation: 'keep the current secondary range; to add addresses of that family, create an additional ServiceCIDR object',
        sources: [SERVICECIDR_DOCS, CONTROLLER],
    },
    'invalid-range': {
        id: 'invalid-range',
        defaultLevel: 'error',
        title: 'Invalid Service range',
        trigger: 'the new value would be rejected by kube-apiserver, kubeadm or kind',
        apiserver: 'refuses to start (kube-apiserver), or the cluster is not created (kubeadm init, kind create cluster)',
        remediation: 'correct the value so that it parses and fits the limits quoted in the message',
        sources: [
            'kubernetes/kubernetes cmd/kube-apiserver/app/options/validation.go',
            'kubernetes/kubernetes cmd/kubeadm/app/apis/kubeadm/validation/validation.go',
            'kubernetes-sigs/kind pkg/internal/apis/config/validate.go',
        ],
    },
    'non-canonical-range': {
        id: 'non-canonical-range',
        defaultLevel: 'notice',
        title: 'Range not in canonical form',
        trigger: 'the value equals a valid range but is not written canonically (host bits set, IPv6 upper case or uncompressed, leading zeros)',
        apiserver: 'no effect: the apiserver masks and normalises the value; kubectl get servicecidr shows the canonical form',
        remediation: 'write the canonical form so that reviews and diffs compare what the cluster will show',
        sources: ['Go net.IPNet.String(); k8s.io/utils/net ParseCIDRSloppy'],
    },
    'component-mismatch': {
        id: 'component-mismatch',
        defaultLevel: 'warning',
        title: 'Components disagree on the Service range',
        trigger: 'in the new state, two components of one cluster config name different Service ranges (kube-controller-manager vs kube-apiserver, kops, RKE1)',
        apiserver: 'kube-apiserver allocates from its own value; kube-controller-manager uses its value only to keep node pod CIDRs out of the Service range, so a mismatch silently gives wrong pod CIDRs',
        remediation: 'give kube-controller-manager (and every other component) exactly the kube-apiserver value',
        sources: ['kubernetes/kubernetes cmd/kube-controller-manager/app/core.go (node IPAM service CIDR exclusion)'],
    },
    'range-overlap': {
        id: 'range-overlap',
        defaultLevel: 'error',
        title: 'Service range overlaps the pod range',
        trigger: 'in the new state, the Service range overlaps the pod range of the same config (podSubnet, --cluster-cidr, cluster-cidr)',
        apiserver: 'the apiserver does not check it; ClusterIPs then collide with pod IPs and traffic is routed to the wrong place ("must not overlap with any IP ranges assigned to nodes or pods")',
        remediation: 'choose Service and pod ranges that do not overlap',
        sources: ['kube-apiserver --service-cluster-ip-range help text'],
    },
    'immutable-platform-change': {
        id: 'immutable-platform-change',
        defaultLevel: 'error',
        title: 'Range change on a platform where it is fixed',
        trigger: 'the range changes on a platform that fixes it at cluster creation (eksctl, OpenShift install-config, Terraform EKS/AKS/GKE, Cluster API KubeadmControlPlane, k3s/RKE2 dual-stack)',
        apiserver: 'the platform rejects the change or replaces the cluster',
        remediation: 'keep the value; plan a new cluster and a migration if the range must change',
        sources: ['platform documentation (see the message)'],
    },
    'unreadable-config': {
        id: 'unreadable-config',
        defaultLevel: 'warning',
        title: 'Service range setting cannot be read',
        trigger: 'a changed file sets a Service range the gate cannot read — a templated value, or a whole file hidden by a limit, binary or undecodable content, a NUL byte its reader refuses, or a parser failure — and the change touches it. ' +
            'Levels: **error** when the change touches the hidden value on an existing file (a template expression changed, a literal became a template or back) or touches a range key that a limit, encoding or parse failure hides (also in an added file); ' +
            '**warning** for a templated value in an added file or a create-only (kind) config, where nothing running changes; **notice** for a deleted file. ' +
            'Nothing when the change does not touch it: an unchanged templated line draws no finding, and a limit reached away from the range key stays a listed problem',
        apiserver: 'unknown: the gate cannot see what the cluster will get',
        remediation: 'render the template (or make the file readable: within the limits, UTF-8 or BOM-marked UTF-16/32 text, valid YAML) and check the rendered value; then have someone other than the author approve the change with the allow label',
        sources: [],
    },
    'config-removed': {
        id: 'config-removed',
        defaultLevel: 'notice',
        title: 'Cluster config removed',
        trigger: 'a file (or a document or field in it) that set the Service range explicitly is deleted and the value does not reappear in another changed file of the same cluster (a move); a file that only defaulted the range draws nothing, and a config file commented out is classified against the default that then applies',
        apiserver: 'nothing changes in a running cluster: the range stays as it was; the config is simply no longer described in Git',
        remediation: 'make sure the cluster is decommissioned or described elsewhere before merging',
        sources: [],
    },
    'gate-config-change': {
        id: 'gate-config-change',
        defaultLevel: 'error',
        title: "The gate's own config file changed",
        trigger: 'the pull request changes the service-cidr-guard config file (.github/service-cidr-guard.yml or the `config` input); error when the change weakens the gate (a rule lowered or turned off, an exclude added, paths narrowed, the Kubernetes version changed, the file made invalid), notice when it only strengthens it',
        apiserver: 'nothing changes in the cluster; the gate keeps checking this pull request with the config of the base revision, and the new config takes effect after merge',
        remediation: 'have someone other than the author approve the policy change (the allow-label applied by a maintainer or a listed approver), or make the config change in its own pull request',
        sources: ['SECURITY.md (threat model: policy comes from the base)'],
    },
    'servicecidr-immutable': {
        id: 'servicecidr-immutable',
        defaultLevel: 'error',
        title: 'ServiceCIDR object changed in place',
        trigger: 'the spec.cidrs of an existing networking.k8s.io ServiceCIDR object change in any way other than adding the second IP family after the unchanged first entry (entries compared as text, like the apiserver); ' +
            'a warning when a change adds a manifest for the object named "kubernetes", which the apiserver creates and owns',
        apiserver: 'refused: the update fails with "field is immutable" (ValidateServiceCIDRUpdate), kubectl apply and GitOps syncs fail, and the object keeps its ranges; the object "kubernetes" follows --service-cluster-ip-range and is reconciled by the apiserver',
        remediation: 'leave the existing object as it is and add the new range as a new ServiceCIDR object with another name; delete the old object only when no Service uses its IPs',
        sources: [
            'kubernetes/kubernetes pkg/apis/networking/validation/validation.go (ValidateServiceCIDRUpdate)',
            'kubernetes/kubernetes pkg/registry/networking/servicecidr/strategy.go (ValidateUpdate)',
            CONTROLLER,
            EXTEND_DOCS,
        ],
    },
    'servicecidr-removed': {
        id: 'servicecidr-removed',
        defaultLevel: 'warning',
        title: 'ServiceCIDR object removed',
        trigger: 'a networking.k8s.io ServiceCIDR object (its file, or its document) is removed and does not reappear in another changed file',
        apiserver: 'when the object is deleted, new ClusterIPs stop coming from it at once, but it stays Terminating (finalizer networking.k8s.io/service-cidr-finalizer, condition reason Terminating) until no Service holds an IP that only it contains; the object "kubernetes" is recreated by the apiserver from --service-cluster-ip-range',
        remediation: 'before deleting the object, move or recreate the Services whose ClusterIPs lie in its ranges (kubectl get ipaddresses), or keep a ServiceCIDR that contains those ranges; never delete the object "kubernetes" to change the range without the "Kubernetes Default Service CIDR Reconfiguration" procedure',
        sources: [
            'kubernetes/kubernetes pkg/controller/servicecidrs/servicecidrs_controller.go (ServiceCIDRProtectionFinalizer, canDeleteCIDR)',
            'kubernetes/kubernetes pkg/registry/core/service/ipallocator/cidrallocator.go (syncAllocators: an allocator is ready only while its ServiceCIDR is not being deleted)',
            CONTROLLER,
            SERVICECIDR_DOCS,
        ],
    },
};
const RULE_IDS = Object.keys(RULES);
/** Rules that describe a change of an existing range (SPEC §3 rows decided by comparing old and new lists). */
const CHANGE_RULES = [
    'dual-stack-upgrade',
    'family-reduction',
    'primary-family-change',
    'primary-range-change',
    'secondary-range-change',
];

;// CONCATENATED MODULE: ./src/limits.ts
// Every resource limit of the engine in one place, each with the reason for its value and the figure it
// was measured against. A file that reaches a limit is never a crash and never a silent pass: the place
// that enforces the limit reports a problem at a line, which becomes a blocking `unreadable-config` finding
// when the change touches a Service range key the file names, and stays a visible problem otherwise (SPEC §3,
// src/engine/unreadable.ts). The cheap text checks that enforce the text limits live
// here too, so every limit and its check read side by side.
//
// Measured on the 121 files of ../shared/corpus (test/hardening/limits.test.ts re-measures): the slowest
// file (a 17 KiB kubespray kubeadm template) takes ~26 ms per side; a dense 1 MiB YAML file ~1.3 s
// (block) to ~2.9 s (one flow sequence of 500,000 items), all in the `yaml` parser.

/**
 * Characters of one side of one file. A cluster config is a few KiB; tens of MiB is generated data or an
 * attack. Same figure as the git change source's MAX_FILE_BYTES (src/changes/git.ts).
 */
const MAX_TEXT_CHARS = 5 * 1024 * 1024;
/**
 * Bytes of a file over its change source's size limit that are still read, to find the Service range keys the
 * change touches (src/changes/decode-text.ts). The file's values are never read from this part: a change that
 * touches a key in it blocks (unreadable-config), and a change the part does not show blocks too.
 */
const MAX_PARTIAL_BYTES = 1024 * 1024;
/**
 * Characters of one line. Hand-written configs have lines of tens of characters (a kubeconfig's base64
 * certificate is ~3 KiB); a 1 MiB line is minified or binary data, where a flag scan is pure cost.
 */
const MAX_LINE_CHARS = 1024 * 1024;
/**
 * Characters of a file parsed as YAML. The `yaml` parser runs at about 0.4–0.8 MiB/s on dense input
 * (5 MiB of `a: 1` lines took 8.7 s, one 5 MiB flow sequence 14.4 s), so 1 MiB bounds one side to ~3 s.
 * Larger files are still scanned as text (flag carriers); their YAML view is empty and a problem says so.
 */
const MAX_YAML_CHARS = 1024 * 1024;
/**
 * Nodes one document may gain through alias expansion. Extractors walk parsed nodes and follow aliases,
 * so ten anchors of ten aliases each (`a1: &a1 [*a0,*a0,…]`, 10^10 nodes) would hang them even though
 * maxAliasCount never runs; such a document is not read. Real anchors repeat a few dozen nodes.
 */
const MAX_YAML_ALIAS_EXPANSION = 10_000;
/**
 * Aliases `yaml` may resolve when the repository config file (.github/service-cidr-guard.yml) is turned into
 * data: that file can come from the pull request under `pull_request`, so a billion-laughs file fails to load
 * with a message instead of exhausting memory.
 */
const MAX_CONFIG_ALIAS_COUNT = 100;
/** Documents read from one file; a config file with more is not a cluster config we can reason about. */
const MAX_YAML_DOCUMENTS = 5000;
/**
 * Nesting levels (block indentation, `- ` items, flow brackets) of a YAML file. The `yaml` composer
 * recurses per level and hits V8's stack near 900 levels (less under a deeper caller stack), reporting
 * only "Maximum call stack size exceeded"; a cheap pre-scan refuses such files first with a clear message.
 * Kubernetes objects nest about 10 levels deep (a Deployment's container args: 8).
 */
const MAX_YAML_NESTING_DEPTH = 128;
/**
 * Soft time budget for reading one side of one file, checked between formats (synchronous code cannot be
 * interrupted inside one). The slowest corpus file takes ~26 ms; the worst YAML below MAX_YAML_CHARS ~3 s.
 * When exceeded, the remaining formats are skipped and a problem says which.
 */
const EXTRACT_TIME_BUDGET_MS = 5000;
/**
 * Checks the text-level limits that decide whether a side is read at all (the size limit is checked by
 * the caller first). Linear in the text; returns the first breach of each kind.
 */
function findTextLimitBreaches(text) {
    const breaches = [];
    // NUL bytes are no breach here: whether they make a file unreadable depends on the program that reads it
    // (bash drops them, Kubernetes' YAML decoder refuses them): src/engine/side.ts readNulBytes.
    let lineStart = 0;
    for (let i = 0; i <= text.length; i++) {
        const c = i < text.length ? text.charCodeAt(i) : 10;
        if (c !== 10 && c !== 13)
            continue;
        if (i - lineStart > MAX_LINE_CHARS) {
            breaches.push({
                line: lineOf(text, lineStart),
                message: `line is ${i - lineStart} characters, above the ${MAX_LINE_CHARS} limit; the file was not read`,
                unread: true,
            });
            break;
        }
        lineStart = i + 1;
    }
    const bad = firstInvalidUnicode(text);
    if (bad >= 0) {
        breaches.push({
            line: lineOf(text, bad),
            message: 'file is not valid UTF-8 (a U+FFFD replacement character or an unpaired surrogate): values on this line may be misread',
            unread: false,
        });
    }
    return breaches;
}
/** 1-based line of an offset; a line ends at '\n', as in src/formats/toolkit/positions.ts, git and GitHub. */
function lineOf(text, offset) {
    let line = 1;
    for (let i = 0; i < offset && i < text.length; i++)
        if (text.charCodeAt(i) === 10)
            line++;
    return line;
}
/**
 * Decoders turn invalid UTF-8 into U+FFFD (Buffer#toString, TextDecoder without fatal); a string built from
 * UTF-16 can also carry unpaired surrogates. Either way the text is not what the author's tools read.
 */
function firstInvalidUnicode(text) {
    const m = /\ufffd|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/.exec(text);
    return m ? m.index : -1;
}
/**
 * Deepest nesting of a YAML text, estimated in one pass without parsing: block levels from the
 * indentation stack (each `- ` or `? ` opening a compact level of its own) plus open flow brackets.
 * Comments, quoted strings on one line and block scalar bodies are skipped, so it never undercounts
 * what the parser recurses on for real configs, and overcounts only text that is not a config anyway.
 * Returns the depth and the first line where it passed `cap` (stops there: linear, early exit).
 */
function measureYamlNesting(text, cap = MAX_YAML_NESTING_DEPTH) {
    // Lines as the `yaml` parser sees them: it breaks at '\n' (a CRLF's '\r' is trailing white space).
    const lines = text.split(/\r?\n/);
    const indents = [];
    let flow = 0;
    let deepest = 0;
    let blockScalarParent = -1; // indentation of the line that opened a block scalar (| or >), or -1
    for (let n = 0; n < lines.length; n++) {
        const line = lines[n];
        const indent = line.length - line.replace(/^[ \t]+/, '').length;
        const body = line.slice(indent).replace(/\r$/, '');
        if (blockScalarParent >= 0) {
            if (body === '' || indent > blockScalarParent)
                continue;
            blockScalarParent = -1;
        }
        if (body === '' || body.startsWith('#'))
            continue;
        if (flow === 0) {
            while (indents.length && indents[indents.length - 1] >= indent)
                indents.pop();
            indents.push(indent);
            // Compact nesting on one line: "- - - x" or "? - x" opens one level per indicator.
            let col = 0;
            while (/^[-?](?:[ \t]|$)/.test(body.slice(col))) {
                col += 1 + (body.slice(col + 1).length - body.slice(col + 1).replace(/^[ \t]+/, '').length);
                indents.push(indent + col);
            }
        }
        const scan = scanFlow(body, flow, cap - indents.length);
        flow = scan.flow;
        deepest = Math.max(deepest, indents.length + scan.deepest);
        if (deepest > cap)
            return { depth: deepest, line: n + 1 };
        if (flow === 0 && /(?:^|[\s:-])[|>][-+0-9]*[ \t]*(?:#.*)?$/.test(scan.rest))
            blockScalarParent = indent;
    }
    return { depth: deepest, line: 0 };
}
/** Flow brackets of one line: the open count after it and the most open at any point. */
function scanFlow(body, open, room) {
    let flow = open;
    let deepest = open;
    let prev = ' '; // last significant character: brackets open a collection only where a node may start
    for (let i = 0; i < body.length; i++) {
        const c = body[i];
        if (c === '#' && (i === 0 || body[i - 1] === ' ' || body[i - 1] === '\t'))
            return { flow, deepest, rest: body.slice(0, i) };
        if ((c === '"' || c === "'") && /[\s:,[{\-?]/.test(prev)) {
            const close = closingQuote(body, i);
            if (close < 0)
                break; // a multi-line quoted string: the rest of this line is text
            i = close;
            prev = c;
            continue;
        }
        if ((c === '[' || c === '{') && (flow > 0 || /[\s:,[{\-?]/.test(prev))) {
            flow++;
            deepest = Math.max(deepest, flow);
            if (deepest > room)
                return { flow, deepest, rest: '' };
            prev = c;
        }
        else if ((c === ']' || c === '}') && flow > 0) {
            flow--;
            prev = c;
        }
        else if (c !== ' ' && c !== '\t') {
            // Inside a plain scalar a bracket is text ("a[b"); only ':' ',' '-' '?' may precede a new node.
            prev = c === '[' || c === '{' ? 'a' : c;
        }
    }
    return { flow, deepest, rest: body };
}
function closingQuote(body, open) {
    const q = body[open];
    for (let i = open + 1; i < body.length; i++) {
        if (q === '"' && body[i] === '\\')
            i++;
        else if (body[i] === q) {
            if (q === "'" && body[i + 1] === "'")
                i++;
            else
                return i;
        }
    }
    return -1;
}
/**
 * Nodes a document gains through aliases when walked as a tree: each alias counts as the size of the node
 * it points at (memoised, so this is linear in the literal document). Stops counting past `cap` and
 * returns the offset of the alias where the total passed it; an alias that points into its own anchor
 * (`a: &a [*a]`, which the parser accepts) expands without end and counts as past the cap.
 */
function measureAliasExpansion(doc, cap = MAX_YAML_ALIAS_EXPANSION) {
    const sizes = new Map();
    let visited = 0; // nodes and aliases walked (each once: sizes are memoised); read by tests and the bench
    const open = new Set();
    let expansion = 0;
    let offset = null;
    const sizeOf = (node, depth) => {
        if (node === null || typeof node !== 'object')
            return 0;
        const known = sizes.get(node);
        if (known !== undefined)
            return known;
        visited++;
        if ((0,dist/* isAlias */.Vj)(node)) {
            let target;
            try {
                target = node.resolve(doc);
            }
            catch {
                target = undefined;
            }
            const size = target === undefined ? 1 : open.has(target) ? Infinity : (sizes.get(target) ?? sizeOf(target, depth + 1));
            expansion += size - 1;
            if (expansion > cap && offset === null)
                offset = node.range?.[0] ?? 0;
            return size;
        }
        // Depth is capped by MAX_YAML_NESTING_DEPTH before parsing; a guard keeps this from recursing anyway.
        if (depth > 4 * MAX_YAML_NESTING_DEPTH)
            return Infinity;
        open.add(node);
        let size = 1;
        if ((0,dist/* isMap */.jh)(node) || (0,dist/* isSeq */.oP)(node)) {
            for (const item of node.items) {
                if ((0,dist/* isPair */.tO)(item))
                    size += sizeOf(item.key, depth + 1) + sizeOf(item.value, depth + 1);
                else
                    size += sizeOf(item, depth + 1);
                if (offset !== null)
                    break;
            }
        }
        open.delete(node);
        sizes.set(node, size);
        return size;
    };
    sizeOf(doc.contents, 0);
    return { expansion, offset, visited };
}

;// CONCATENATED MODULE: ./src/config.ts
// Repository config file (.github/service-cidr-guard.yml), shared by the action and the CLI's --config.
//
//   kubernetes-version: "1.33"        # target when a file does not say (SPEC §4)
//   paths: ["clusters/**"]            # globs to scan (default: every changed file)
//   exclude: ["clusters/sandbox/**"]  # globs to skip
//   rules:                            # per-rule level: error | warning | notice | off
//     non-canonical-range: off
//
// Parsing is strict: an unknown key or value is an error naming it and what is accepted, because a typo in
// a gate's config silently weakening the gate is worse than a failed run.





/** Where the action and the CLI's git mode look for the config, at the base revision (SPEC §9). */
const DEFAULT_CONFIG_PATH = '.github/service-cidr-guard.yml';
const DEFAULT_CONFIG = { rules: {}, paths: [], exclude: [] };
const CONFIG_KEYS = ['kubernetes-version', 'paths', 'exclude', 'rules'];
const RULE_LEVELS = ['error', 'warning', 'notice', 'off'];
/** Parses the config file text; throws an Error whose message names the bad key/value and what is accepted. */
function parseConfig(text, fileName) {
    let doc;
    try {
        // The failsafe schema keeps every scalar a string: `kubernetes-version: 1.30` must stay "1.30" (not
        // the number 1.3) and `off` must stay "off" (not a YAML 1.1 boolean).
        doc = (0,dist/* parse */.qg)(text, { maxAliasCount: MAX_CONFIG_ALIAS_COUNT, schema: 'failsafe' });
    }
    catch (e) {
        throw new Error(`${fileName}: not valid YAML: ${e.message}`);
    }
    if (doc === null || doc === undefined || doc === '')
        return { ...DEFAULT_CONFIG, rules: {} };
    if (!isPlainObject(doc))
        throw new Error(`${fileName}: expected a mapping with keys ${CONFIG_KEYS.join(', ')}.`);
    const config = { rules: {}, paths: [], exclude: [] };
    for (const [key, value] of Object.entries(doc)) {
        switch (key) {
            case 'kubernetes-version':
                config.kubernetesVersion = parseKubernetesVersion(String(value));
                if (!config.kubernetesVersion) {
                    throw new Error(`${fileName}: invalid 'kubernetes-version' value '${String(value)}'. Expected X.Y, e.g. 1.33.`);
                }
                break;
            case 'paths':
            case 'exclude':
                config[key] = readGlobList(value, `${fileName}: '${key}'`);
                break;
            case 'rules':
                config.rules = readRuleLevels(value, fileName);
                break;
            default:
                throw new Error(`${fileName}: unknown key '${key}'. Expected one of: ${CONFIG_KEYS.join(', ')}.`);
        }
    }
    return config;
}
function readGlobList(value, where) {
    const list = typeof value === 'string' ? [value] : value;
    if (!Array.isArray(list) || list.some((v) => typeof v !== 'string')) {
        throw new Error(`${where} must be a glob or a list of globs.`);
    }
    for (const glob of list)
        compileGlob(glob.startsWith('!') ? glob.slice(1) : glob);
    return list;
}
function readRuleLevels(value, fileName) {
    if (!isPlainObject(value))
        throw new Error(`${fileName}: 'rules' must map rule ids to a level.`);
    const rules = {};
    for (const [rule, level] of Object.entries(value)) {
        if (!RULE_IDS.includes(rule)) {
            throw new Error(`${fileName}: unknown rule '${rule}'. Expected one of: ${RULE_IDS.join(', ')}.`);
        }
        const text = String(level);
        if (!RULE_LEVELS.includes(text)) {
            throw new Error(`${fileName}: invalid level '${text}' for rule '${rule}'. Expected one of: ${RULE_LEVELS.join(', ')}.`);
        }
        rules[rule] = text;
    }
    return rules;
}
/**
 * '1.33', 'v1.33', '1.33.2' and 'v1.33.2' all mean minor version 1.33 (the rules only depend on the minor);
 * undefined when the text is not a version.
 */
function parseKubernetesVersion(value) {
    const m = /^v?(\d+)\.(\d+)(?:\.\d+)?$/.exec(value.trim());
    return m ? `${Number(m[1])}.${Number(m[2])}` : undefined;
}
function isPlainObject(v) {
    return typeof v === 'object' && v !== null && !Array.isArray(v);
}
/** `paths`: the globs in force (the action's input wins over the config's); a specific one opts docs/source in. */
function engineOptionsOf(config, kubernetesVersion, paths = config.paths) {
    const optIn = optInFromPaths(paths);
    return { kubernetesVersion: kubernetesVersion ?? config.kubernetesVersion, ruleLevels: config.rules, ...(optIn ? { optIn } : {}) };
}

;// CONCATENATED MODULE: ./src/prefilter.ts
// A cheap content test deciding which changed files are worth reading in full (and whose base side is
// worth fetching). It must over-approximate: a file it rejects is never analysed, so every key any
// supported format reads (SPEC §5) is listed, plus the document markers that change which format applies.
// False positives only cost one more blob fetch.
const KEYS = [
    // kube-apiserver / kube-controller-manager flags and their YAML/flag spellings
    'service-cluster-ip-range',
    'service_cluster_ip_range', // RKE1 services.kube-api
    'serviceClusterIPRange', // kops
    'podCIDR',
    'clusterCIDR',
    'create cluster', // kops create cluster: --set …podCIDR, and --ipv6 switches its default
    'cluster-cidr', // pod range of controller-manager, k3s/RKE2 (range-overlap)
    'advertise-address',
    'advertiseAddress',
    // kubeadm / kind
    'serviceSubnet',
    'podSubnet',
    'ipFamily',
    'kubeadm.k8s.io',
    'kubeadmConfigPatches',
    'kind.x-k8s.io',
    // k3s / RKE2 / k0s
    'service-cidr',
    'serviceCIDR',
    'kube-apiserver-arg',
    // Talos, OpenShift, Cluster API
    'serviceSubnets',
    'serviceNetwork',
    'cidrBlocks',
    'cluster.x-k8s.io',
    // kubespray
    'kube_service_addresses',
    // group B formats: stack switches that change the effective list without naming it (kubespray), and
    // pod / DNS fields whose change alone can create range-overlap or a DNS address outside the range
    'ipv4_stack',
    'ipv6_stack',
    'enable_dual_stack_networks',
    'kube_pods_subnet',
    'cluster_svc_cidr',
    'cluster_pod_cidr', // onedr0p/cluster-template cluster.yaml
    'pod_network_cidr', // kairen/kubeadm-ansible group_vars (its service_cidr is listed below)
    'cluster_cidr', // RKE1 services.kube-controller
    'cluster_dns_server', // RKE1 services.kubelet
    'clusterNetwork', // OpenShift
    'pod_cidr', // AKS (also matches pod_cidrs)
    'cluster_ipv4_cidr_block', // GKE
    'dns_service_ip', // AKS
    // eksctl, Terraform EKS / AKS / GKE
    'serviceIPv4CIDR',
    'service_ipv4_cidr',
    'service_ipv6_cidr',
    'service_cidr',
    'services_ipv4_cidr_block',
    'services_secondary_range_name',
    'ip_range_services', // terraform-google-modules/kubernetes-engine: the Services secondary range's name
    'kubernetesNetworkConfig',
    // networking.k8s.io ServiceCIDR objects (also inside a List); 'serviceCIDR' above already matches it, case-insensitively
    'ServiceCIDR',
    // control-plane manifests naming the programs
    'kube-apiserver',
    'kube-controller-manager',
];
function prefilter_escapeRegExp(s) {
    return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
// `kind: Cluster` is kind / Cluster API / kops; matched with flexible spacing. Case-insensitive because
// flag and env spellings vary (KUBE_SERVICE_ADDRESSES, SERVICE_CIDR in env files).
const PREFILTER = new RegExp(KEYS.map(prefilter_escapeRegExp).join('|') + String.raw `|\bkind:\s*["']?(?:Cluster|ClusterConfig(?:uration)?)\b`, 'i');
/** True when the text may set or change an effective Service range (a superset test). */
function mayMentionServiceRange(text) {
    return PREFILTER.test(text);
}
/**
 * The removed lines of a unified diff hunk list (the `patch` field of pulls.listFiles). GitHub's patch has
 * no `---`/`+++` file header (it starts at `@@`), so a line `----` is a removed YAML document separator.
 */
function removedLinesOf(patch) {
    return patch
        .split('\n')
        .filter((l) => l.startsWith('-'))
        .map((l) => l.slice(1))
        .join('\n');
}

;// CONCATENATED MODULE: ./src/suppressions.ts
// Inline suppressions that leave a trace (SPEC §7):
//   # service-cidr-guard: allow <rule-id> -- <reason>
// on the finding's line (trailing comment) or on a comment-only line directly above it. The reason is
// required: a suppression without one does not suppress and is reported as a problem.
//
// A marker counts only inside a real comment of the file's syntax (SPEC §9: the PR must not be able to
// suppress through data). Text inside a quoted YAML value, a quoted shell word or an HCL string is data,
// not a comment, whatever it says. The syntax is chosen from the file name:
//   YAML (.yaml/.yml)      `#` at the start of a line or after a blank, outside a quoted scalar; the lines of
//                          a block scalar (`|`, `>`) are read as the embedded script they usually are (shell rules)
//   HCL (.tf/.tfvars/.hcl) `#` and `//` outside a string or heredoc, and `/* … */`
//   systemd units          only whole-line `#` or `;` comments (systemd.syntax(7): no trailing comments)
//   JSON                   no comments at all
//   anything else (shell scripts, flag files, env files)  `#` at the start of a word, outside quotes
//                          (bash(1) COMMENTS, QUOTING)

const MARKER = /^[\s#/;*]*service-cidr-guard:\s*allow\b(.*)$/;
const BODY = /^\s+([a-z-]+)\s*(?:--\s*(.*?))?\s*(?:\*\/)?\s*$/;
function commentSyntaxOf(path) {
    const p = path.toLowerCase();
    if (/\.ya?ml$/.test(p))
        return 'yaml';
    if (/\.(tf|tfvars|hcl)$/.test(p))
        return 'hcl';
    if (/\.json$/.test(p))
        return 'json';
    if (/\.(service|socket|timer|mount|path|slice|target)$/.test(p) || /\.(service|socket)\.d\/[^/]+\.conf$/.test(p))
        return 'systemd';
    return 'shell';
}
function readSuppressions(text, file) {
    const suppressions = [];
    const problems = [];
    if (!text.includes('service-cidr-guard'))
        return { suppressions, problems };
    for (const comment of findComments(text, commentSyntaxOf(file))) {
        const m = MARKER.exec(comment.text);
        if (!m)
            continue;
        const line = comment.line;
        const body = BODY.exec(m[1]);
        if (!body) {
            problems.push({ file, line, message: 'suppression comment not understood; write "service-cidr-guard: allow <rule-id> -- <reason>"' });
            continue;
        }
        const [, rule, reason] = body;
        if (!(rule in RULES)) {
            problems.push({ file, line, message: `suppression names an unknown rule '${rule}'; it suppresses nothing` });
            continue;
        }
        if (!reason?.trim()) {
            problems.push({ file, line, message: `suppression of '${rule}' has no reason and is ignored; add "-- <why this change is safe>"` });
            continue;
        }
        suppressions.push({ line, rule: rule, reason: reason.trim(), standalone: comment.standalone });
    }
    return { suppressions, problems };
}
/**
 * Marks findings suppressed by a comment on their line or on a comment-only line directly above. With
 * `baseSuppressions` (the markers of the file's base side), a suppression whose rule and reason the base
 * does not have is the change's own: the finding gets `suppressionAdded`.
 */
function applySuppressions(findings, suppressions, baseSuppressions) {
    if (!suppressions.length)
        return findings;
    return findings.map((f) => {
        const s = suppressions.find((x) => x.rule === f.rule && (x.line === f.line || (x.standalone && x.line === f.line - 1)));
        if (!s)
            return f;
        const added = baseSuppressions !== undefined && !baseSuppressions.some((b) => b.rule === s.rule && b.reason === s.reason);
        return {
            ...f,
            suppressed: true,
            suppressedBy: `inline comment at line ${s.line}${added ? ' (added by this change)' : ''}: ${s.reason}`,
            ...(added ? { suppressionAdded: true } : {}),
        };
    });
}
/** Every real comment of the text in the given syntax. */
function findComments(text, syntax) {
    const lines = text.split(/\r\n|\n|\r/);
    switch (syntax) {
        case 'json':
            return [];
        case 'systemd':
            return lines.flatMap((l, i) => (/^\s*[#;]/.test(l) ? [{ line: i + 1, text: l.replace(/^\s*[#;]/, ''), standalone: true }] : []));
        case 'hcl':
            return hclComments(lines);
        case 'yaml':
            return yamlComments(lines);
        case 'shell': {
            const lexer = new ShellLexer();
            return lines.flatMap((l, i) => lexer.comment(l, i + 1) ?? []);
        }
    }
}
/** Shell words and quotes (bash(1) QUOTING): `'…'` takes nothing literally inside, `"…"` honours `\`; state spans lines. */
class ShellLexer {
    quote = null;
    comment(line, lineNo) {
        for (let i = 0; i < line.length; i++) {
            const c = line[i];
            if (this.quote === "'") {
                if (c === "'")
                    this.quote = null;
            }
            else if (this.quote === '"') {
                if (c === '\\')
                    i++;
                else if (c === '"')
                    this.quote = null;
            }
            else if (c === '\\') {
                i++;
            }
            else if (c === "'" || c === '"') {
                this.quote = c;
            }
            else if (c === '#' && (i === 0 || /\s/.test(line[i - 1]))) {
                // A `#` starts a comment only at the start of a word (`a#b` is one word).
                return { line: lineNo, text: line.slice(i + 1), standalone: line.slice(0, i).trim() === '' };
            }
        }
        return undefined;
    }
}
/**
 * YAML 1.2 comments (spec 6.6): `#` preceded by white space, outside a quoted scalar. A quote opens a scalar
 * only where a value starts (line start, after `: `, `- `, `? `, `[`, `{`, `,`): the apostrophe of `it's` is
 * text. Quoted scalars may span lines. Block scalar lines are content; they are read with the shell rules
 * because a block scalar there is nearly always an embedded script whose own comments are real.
 */
function yamlComments(lines) {
    const out = [];
    let quote = null;
    let blockParentIndent = null;
    let shell = new ShellLexer();
    lines.forEach((line, idx) => {
        const lineNo = idx + 1;
        const indent = /^ */.exec(line)[0].length;
        if (blockParentIndent !== null && quote === null) {
            if (line.trim() === '' || indent > blockParentIndent) {
                const c = shell.comment(line, lineNo);
                if (c)
                    out.push({ ...c, inBlock: true });
                return;
            }
            blockParentIndent = null;
            // A comment on the block's last line belongs to the embedded script: it does not reach the YAML key
            // that follows the block.
            const last = out[out.length - 1];
            if (last && last.line === lineNo - 1 && last.inBlock)
                last.standalone = false;
        }
        let valueStart = quote === null;
        let content = line;
        for (let i = 0; i < line.length; i++) {
            const c = line[i];
            if (quote === "'") {
                if (c === "'") {
                    if (line[i + 1] === "'")
                        i++;
                    else
                        quote = null;
                }
                continue;
            }
            if (quote === '"') {
                if (c === '\\')
                    i++;
                else if (c === '"')
                    quote = null;
                continue;
            }
            if (c === '#' && (i === 0 || /[ \t]/.test(line[i - 1]))) {
                out.push({ line: lineNo, text: line.slice(i + 1), standalone: line.slice(0, i).trim() === '' });
                content = line.slice(0, i);
                break;
            }
            if ((c === "'" || c === '"') && valueStart) {
                quote = c;
                valueStart = false;
                continue;
            }
            if (c === ' ' || c === '\t')
                continue;
            valueStart =
                c === '[' || c === '{' || c === ',' || ((c === ':' || c === '-' || c === '?') && (i + 1 >= line.length || /[ \t]/.test(line[i + 1])));
        }
        if (quote === null && /(?:^|[\s:-])[|>][0-9+-]*\s*$/.test(content) && /[|>][0-9+-]*\s*$/.test(content.trimEnd())) {
            blockParentIndent = indent;
            shell = new ShellLexer();
        }
    });
    return out.map(({ line, text, standalone }) => ({ line, text, standalone }));
}
/** HCL: `#`, `//`, `/* … *\/` outside strings; heredoc bodies (`<<EOF`, `<<-EOF`) are strings. */
function hclComments(lines) {
    const out = [];
    let inBlock = false;
    let heredoc = null;
    lines.forEach((line, idx) => {
        const lineNo = idx + 1;
        if (heredoc !== null) {
            if (line.trim() === heredoc)
                heredoc = null;
            return;
        }
        if (inBlock) {
            const end = line.indexOf('*/');
            out.push({ line: lineNo, text: end >= 0 ? line.slice(0, end) : line, standalone: true });
            if (end < 0)
                return;
            inBlock = false;
            return;
        }
        let inString = false;
        for (let i = 0; i < line.length; i++) {
            const c = line[i];
            if (inString) {
                if (c === '\\')
                    i++;
                else if (c === '"')
                    inString = false;
                continue;
            }
            if (c === '"') {
                inString = true;
            }
            else if (c === '#' || (c === '/' && line[i + 1] === '/')) {
                out.push({ line: lineNo, text: line.slice(i + (c === '#' ? 1 : 2)), standalone: line.slice(0, i).trim() === '' });
                return;
            }
            else if (c === '/' && line[i + 1] === '*') {
                const end = line.indexOf('*/', i + 2);
                out.push({ line: lineNo, text: line.slice(i + 2, end >= 0 ? end : undefined), standalone: line.slice(0, i).trim() === '' });
                if (end < 0)
                    inBlock = true;
                return;
            }
            else if (c === '<' && line[i + 1] === '<') {
                const m = /^<<-?([A-Za-z_][A-Za-z0-9_]*)\s*$/.exec(line.slice(i));
                if (m) {
                    heredoc = m[1];
                    return;
                }
            }
        }
    });
    return out;
}

;// CONCATENATED MODULE: ./src/config-review.ts
// A pull request that changes the gate's own config file (SPEC §9 "policy comes from the base"). The run
// never uses the PR's config: it checks the change with the base revision's config, and reports here what
// the PR's config would change after merge. A change that weakens the gate blocks (error), so that a person
// other than the author approves it with the allow-label; a change that only strengthens it is a notice.
// Pure: both sides' text in, findings out. Inline suppressions never apply to this rule: the PR could add
// one in the very file it changes.


const RULE = 'gate-config-change';
const RANK = { off: 0, notice: 1, warning: 2, error: 3 };
/** True for the file the gate reads its policy from (the `config` input / --config, default .github/service-cidr-guard.yml). */
function isGateConfigPath(path, options) {
    return path.replace(/^\.\//, '') === (options.gateConfigPath ?? DEFAULT_CONFIG_PATH).replace(/^\.\//, '');
}
/** The differences between two configs that change what the gate checks, weakening ones first. */
function diffConfigs(before, after) {
    const changes = [];
    for (const id of RULE_IDS) {
        const a = before.rules[id] ?? RULES[id].defaultLevel;
        const b = after.rules[id] ?? RULES[id].defaultLevel;
        if (a !== b)
            changes.push({ key: 'rules', weakens: RANK[b] < RANK[a], text: `rule ${id}: ${a} → ${b}` });
    }
    changes.push(...diffGlobs('exclude', before.exclude, after.exclude, true));
    if (before.paths.length === 0 && after.paths.length > 0) {
        changes.push({ key: 'paths', weakens: true, text: `paths narrowed from every file to ${quoteList(after.paths)}` });
    }
    else if (before.paths.length > 0 && after.paths.length === 0) {
        changes.push({ key: 'paths', weakens: false, text: `paths widened from ${quoteList(before.paths)} to every file` });
    }
    else {
        changes.push(...diffGlobs('paths', before.paths, after.paths, false));
    }
    if (before.kubernetesVersion !== after.kubernetesVersion) {
        // The version decides size caps and defaults (SPEC §4): either direction can let a range through.
        changes.push({
            key: 'kubernetes-version',
            weakens: true,
            text: `kubernetes-version ${before.kubernetesVersion ?? '(unset)'} → ${after.kubernetesVersion ?? '(unset)'}`,
        });
    }
    return [...changes.filter((c) => c.weakens), ...changes.filter((c) => !c.weakens)];
}
/**
 * Glob list changes. For `exclude`, an added pattern (or a removed `!` re-include) skips more files: weaker.
 * For `paths`, a removed pattern (or an added `!` negation) scans fewer files: weaker.
 */
function diffGlobs(key, before, after, addingWeakens) {
    const out = [];
    const negated = (g) => g.startsWith('!');
    for (const g of after.filter((x) => !before.includes(x))) {
        out.push({ key, weakens: addingWeakens !== negated(g), text: `${key} adds '${g}'` });
    }
    for (const g of before.filter((x) => !after.includes(x))) {
        out.push({ key, weakens: addingWeakens === negated(g), text: `${key} drops '${g}'` });
    }
    // Same patterns in another order: with `!` patterns, order decides (later wins), so say so.
    if (out.length === 0 && before.join('\n') !== after.join('\n')) {
        out.push({ key, weakens: before.some(negated) || after.some(negated), text: `${key} patterns reordered` });
    }
    return out;
}
function quoteList(globs) {
    return globs.map((g) => `'${g}'`).join(', ');
}
/** Findings for a changed gate config file. */
function reviewGateConfigChange(file, options) {
    const override = options.ruleLevels?.[RULE];
    if (override === 'off')
        return [];
    const name = file.path;
    const finding = (level, line, setting, message) => ({
        rule: RULE,
        level: level === 'error' && override ? override : level,
        file: name,
        line,
        column: 1,
        endLine: line,
        endColumn: 1,
        format: 'service-cidr-guard',
        component: 'service-cidr-guard',
        setting,
        before: null,
        after: null,
        message,
        remediation: RULES[RULE].remediation,
        suppressed: false,
    });
    const usesBase = "this run checks the change with the base revision's config";
    if (file.unreadableReason || (file.after === undefined && file.before === undefined)) {
        return [
            finding('error', 1, 'file', `the new gate config ${name} cannot be read (${file.unreadableReason ?? 'no content'}); ${usesBase}, and after merge every run would fail.`),
        ];
    }
    let before = DEFAULT_CONFIG;
    if (file.before !== undefined) {
        try {
            before = parseConfig(file.before, name);
        }
        catch {
            // A base config that does not parse already fails every run of the action; compare with the defaults.
            before = DEFAULT_CONFIG;
        }
    }
    let after = DEFAULT_CONFIG;
    if (file.after !== undefined) {
        try {
            after = parseConfig(file.after, name);
        }
        catch (e) {
            return [
                finding('error', 1, 'file', `the change makes the gate config invalid: ${e.message.replace(/\.$/, '')}. ${capitalize(usesBase)}; after merge every run would fail until the file is fixed.`),
            ];
        }
    }
    const changes = diffConfigs(before, after);
    if (changes.length === 0)
        return [];
    const weakens = changes.some((c) => c.weakens);
    const text = file.after ?? file.before ?? '';
    const firstKey = changes[0].key;
    const line = file.after === undefined ? 1 : lineOfKey(text, firstKey);
    const what = file.after === undefined ? 'deletes' : file.before === undefined ? 'adds' : 'edits';
    const keys = [...new Set(changes.map((c) => c.key))].join(', ');
    const message = `this change ${what} the gate config ${name}; ${usesBase}, the new one takes effect after merge: ${changes.map((c) => c.text).join('; ')}. ` +
        (weakens ? 'This weakens the gate, so a person other than the author must approve it.' : 'This only makes the gate stricter.');
    return [finding(weakens ? 'error' : 'notice', line, keys, message)];
}
function lineOfKey(text, key) {
    const lines = text.split(/\r\n|\n|\r/);
    const i = lines.findIndex((l) => new RegExp(`^['"]?${key.replace(/-/g, '\\-')}['"]?\\s*:`).test(l));
    return i >= 0 ? i + 1 : 1;
}
function capitalize(s) {
    return s.charAt(0).toUpperCase() + s.slice(1);
}

;// CONCATENATED MODULE: ./src/verdict.ts
// The one place that decides success: a report is blocked when an unsuppressed finding is at or above
// fail-on. Reporters, the CLI and the action all read `blocked` from here and never decide themselves.
const verdict_RANK = { error: 3, warning: 2, notice: 1 };
function isBlocking(finding, failOn) {
    if (failOn === 'never' || finding.suppressed)
        return false;
    return verdict_RANK[finding.level] >= verdict_RANK[failOn];
}
/** Findings sorted by file, line, rule (SPEC §6), then column for a stable order. */
function sortFindings(findings) {
    return [...findings].sort((a, b) => cmp(a.file, b.file) || a.line - b.line || cmp(a.rule, b.rule) || a.column - b.column || cmp(a.message, b.message));
}
function cmp(a, b) {
    return a < b ? -1 : a > b ? 1 : 0;
}
function buildReport(findings, problems, failOn) {
    const sorted = sortFindings(findings);
    return {
        version: 1,
        blocked: sorted.some((f) => isBlocking(f, failOn)),
        findings: sorted,
        problems: [...problems].sort((a, b) => cmp(a.file, b.file) || a.line - b.line || cmp(a.message, b.message)),
    };
}
/** Counts of unsuppressed findings per level (the action's `counts` output). */
function countByLevel(report) {
    const counts = { error: 0, warning: 0, notice: 0, suppressed: 0 };
    for (const f of report.findings) {
        if (f.suppressed)
            counts.suppressed++;
        else
            counts[f.level]++;
    }
    return counts;
}
/**
 * The approval label suppresses every finding of the run and records who is responsible (SPEC §7). Applied by
 * the action before the verdict, and only once checkApproval (changes/approval.ts) has found that the label
 * was applied by someone who may approve (SPEC §9); the findings stay in the report, marked suppressed.
 */
function approveByLabel(report, label, failOn, approvedBy) {
    const by = approvedBy ? ` applied by ${approvedBy}` : '';
    const findings = report.findings.map((f) => (f.suppressed ? f : { ...f, suppressed: true, suppressedBy: `pull request label '${label}'${by}` }));
    return buildReport(findings, report.problems, failOn);
}
/**
 * `require-approval-for-suppressions`: inline suppressions the change adds count only with a valid approval.
 * Without one they are lifted (the findings count again), and say why.
 */
function revokeAddedSuppressions(report, failOn, why) {
    if (!report.findings.some((f) => f.suppressed && f.suppressionAdded))
        return report;
    const findings = report.findings.map((f) => f.suppressed && f.suppressionAdded
        ? {
            ...f,
            suppressed: false,
            suppressedBy: undefined,
            message: `${f.message} (The inline suppression this change adds does not count: ${why}.)`,
        }
        : f);
    return { ...buildReport(findings, report.problems, failOn), ...(report.skipped ? { skipped: report.skipped } : {}) };
}

;// CONCATENATED MODULE: ./src/ranges/address.ts
// IP addresses read and printed the way Go does, because the apiserver's view of a value is Go's view:
// - sloppy = k8s.io/utils/net ParseIPSloppy / ParseCIDRSloppy (a frozen copy of Go 1.16 net.parseIPv4 /
//   parseIPv6): IPv4 octets may carry leading zeros and are read as DECIMAL ("010" = 10), an IPv6 group may
//   have more than four hex digits as long as its value fits 16 bits ("00001" = 1);
// - strict = Go >= 1.17 net.ParseIP / netip.ParseAddr: leading zeros in IPv4 octets rejected (CVE-2021-29923),
//   at most four hex digits per IPv6 group.
// Neither accepts zones ("fe80::1%eth0") inside a CIDR, whitespace, or brackets.
// ip-address (under ip-cidr) differs on exactly these points (it rejects "010.096.0.0", accepts zones and
// keeps upper case in toString), so parsing and printing are written here against the Go sources.
const IPV4_MAX = 0xffn;
const IPV6_GROUP_MAX = 0xffff;
/** ::ffff:0:0/96, the IPv4-mapped prefix (RFC 4291 §2.5.5.2); Go's net.IP.To4 accepts it as IPv4. */
const V4_IN_V6_PREFIX = 0xffffn << 32n;
const V4_MASK = 0xffffffffn;
/** Go net.parseIPv4 (sloppy) or netip.ParseAddr's IPv4 branch (strict). Returns the 32-bit value. */
function parseIpv4Text(text, mode) {
    const parts = text.split('.');
    if (parts.length !== 4)
        return null;
    let value = 0n;
    for (const part of parts) {
        if (!/^[0-9]+$/.test(part))
            return null;
        if (mode === 'strict') {
            // Go 1.17+: "Reject non-zero components with leading zeroes" (also "00").
            if (part.length > 3 || (part.length > 1 && part[0] === '0'))
                return null;
        }
        // Sloppy dtoi reads any number of leading zeros as decimal digits.
        const digits = part.replace(/^0+(?=.)/, '');
        if (digits.length > 3)
            return null;
        const octet = BigInt(digits);
        if (octet > IPV4_MAX)
            return null;
        value = (value << 8n) | octet;
    }
    return value;
}
/** Go net.parseIPv6 (Go 1.16 copy in k8s.io/utils/net, sloppy) or netip.ParseAddr IPv6 (strict). 128-bit value. */
function parseIpv6Text(text, mode) {
    const groups = [];
    let ellipsis = -1;
    let i = 0;
    const n = text.length;
    if (text.startsWith('::')) {
        ellipsis = 0;
        i = 2;
        if (i === n)
            return 0n;
    }
    while (groups.length < 8) {
        let j = i;
        while (j < n && /[0-9a-fA-F]/.test(text[j]))
            j++;
        if (j === i)
            return null;
        if (j < n && text[j] === '.') {
            // Trailing dotted IPv4: only in the last two groups' place.
            if (ellipsis < 0 && groups.length !== 6)
                return null;
            if (groups.length + 2 > 8)
                return null;
            const v4 = parseIpv4Text(text.slice(i), mode);
            if (v4 === null)
                return null;
            groups.push(Number(v4 >> 16n), Number(v4 & 0xffffn));
            i = n;
            break;
        }
        const hex = text.slice(i, j);
        if (mode === 'strict' && hex.length > 4)
            return null;
        const stripped = hex.replace(/^0+(?=.)/, '');
        if (stripped.length > 4)
            return null;
        const group = parseInt(stripped, 16);
        if (group > IPV6_GROUP_MAX)
            return null;
        groups.push(group);
        i = j;
        if (i === n)
            break;
        if (text[i] !== ':' || i + 1 === n)
            return null;
        i++;
        if (text[i] === ':') {
            if (ellipsis >= 0)
                return null;
            ellipsis = groups.length;
            i++;
            if (i === n)
                break;
        }
    }
    if (i !== n)
        return null;
    if (groups.length < 8) {
        if (ellipsis < 0)
            return null;
        groups.splice(ellipsis, 0, ...new Array(8 - groups.length).fill(0));
    }
    else if (ellipsis >= 0) {
        // Go: "Ellipsis must represent at least one 0 group."
        return null;
    }
    return groups.reduce((acc, g) => (acc << 16n) | BigInt(g), 0n);
}
/** True when a 128-bit value lies in ::ffff:0:0/96, which Go treats as an IPv4 address. */
function isIpv4Mapped(value) {
    return value >> 32n === V4_IN_V6_PREFIX >> 32n;
}
/**
 * Reads an IP address like k8s.io/utils/net ParseIPSloppy (sloppy) or Go net.ParseIP (strict):
 * IPv4 first, then IPv6; an IPv4-mapped IPv6 address is reported as IPv4, as net.IP.To4 does.
 */
function parseIpAddress(text, mode) {
    const v4 = parseIpv4Text(text, mode);
    if (v4 !== null)
        return { family: 'ipv4', value: v4 };
    const v6 = parseIpv6Text(text, mode);
    if (v6 === null)
        return null;
    if (isIpv4Mapped(v6))
        return { family: 'ipv4', value: v6 & V4_MASK };
    return { family: 'ipv6', value: v6 };
}
function formatIpv4(value) {
    return [24n, 16n, 8n, 0n].map((shift) => String((value >> shift) & 0xffn)).join('.');
}
/**
 * Go net.IP.String() for a 16-byte address (netip.Addr.String for IPv6): lower-case hex without leading
 * zeros; the longest run of two or more zero groups becomes "::" (the first such run on a tie); a single
 * zero group stays "0". An IPv4-mapped address prints as dotted IPv4, because Go checks To4 first.
 */
function formatIpv6(value) {
    if (isIpv4Mapped(value))
        return formatIpv4(value & V4_MASK);
    const groups = [];
    for (let k = 7; k >= 0; k--)
        groups.push(Number((value >> BigInt(k * 16)) & 0xffffn));
    let bestStart = -1;
    let bestLen = 0;
    for (let k = 0; k < 8;) {
        if (groups[k] !== 0) {
            k++;
            continue;
        }
        let end = k;
        while (end < 8 && groups[end] === 0)
            end++;
        if (end - k >= 2 && end - k > bestLen) {
            bestStart = k;
            bestLen = end - k;
        }
        k = end;
    }
    const hex = groups.map((g) => g.toString(16));
    if (bestStart < 0)
        return hex.join(':');
    return `${hex.slice(0, bestStart).join(':')}::${hex.slice(bestStart + bestLen).join(':')}`;
}
/** Prints an address of either family as Go's net.IP.String() does. */
function formatIpAddress(address) {
    return address.family === 'ipv4' ? formatIpv4(address.value) : formatIpv6(address.value);
}

;// CONCATENATED MODULE: ./src/ranges/parse.ts
// CIDR entries and comma-separated CIDR lists, parsed like the programs that read them:
// - sloppy: k8s.io/utils/net ParseCIDRSloppy, used by kube-apiserver (cmd/kube-apiserver/app/options/completion.go
//   getServiceIPAndRanges) and kubeadm (netutils.ParseCIDRs in cmd/kubeadm/app/apis/kubeadm/validation/validation.go);
// - strict: Go net.ParseCIDR since Go 1.17, used by kind (kubernetes-sigs/kind pkg/internal/apis/config/validate.go
//   validateSubnets).
// Lists are split on "," WITHOUT trimming (strings.Split upstream): "a, b", "a," and "a,,b" are invalid.

const IPV4_BITS = 32;
const IPV6_BITS = 128;
/** Go's dtoi as used by ParseCIDR for the prefix length: decimal digits only, leading zeros allowed ("/012"). */
function parsePrefixLength(text) {
    if (!/^[0-9]+$/.test(text))
        return null;
    const digits = text.replace(/^0+(?=.)/, '');
    if (digits.length > 3)
        return null;
    return Number(digits);
}
function maskOf(bits, prefix) {
    const all = (1n << BigInt(bits)) - 1n;
    return all ^ ((1n << BigInt(bits - prefix)) - 1n);
}
/** Go net.IPNet.String() of a network: canonical text, host bits already cleared. */
function formatCidr(network, prefix, bits) {
    return `${bits === IPV4_BITS ? formatIpv4(network) : formatIpv6(network)}/${prefix}`;
}
/** One CIDR entry exactly as written (no trimming). */
function parse_parseCidr(raw, mode) {
    const slash = raw.indexOf('/');
    if (slash < 0)
        return { ok: false, reason: 'no "/" prefix length' };
    const addrText = raw.slice(0, slash);
    const prefixText = raw.slice(slash + 1);
    // ParseCIDRSloppy / ParseCIDR try IPv4 first; the address family of the TEXT decides the prefix limit.
    let bits = IPV4_BITS;
    let address = parseIpv4Text(addrText, mode);
    if (address === null) {
        bits = IPV6_BITS;
        address = parseIpv6Text(addrText, mode);
    }
    if (address === null) {
        const leadingZeros = mode === 'strict' && parseIpv4Text(addrText, 'sloppy') !== null ? 'IPv4 octets with leading zeros are rejected' : 'not an IP address';
        return { ok: false, reason: leadingZeros };
    }
    const prefix = parsePrefixLength(prefixText);
    if (prefix === null || prefix > bits)
        return { ok: false, reason: `invalid prefix length "${prefixText}"` };
    const network = address & maskOf(bits, prefix);
    if (bits === IPV6_BITS && isIpv4Mapped(network)) {
        // Go reads "::ffff:10.0.0.0/104" as the IPv4 network 10.0.0.0 with a 128-bit mask (IPNet.String() prints
        // "10.0.0.0/104", utilnet.IsIPv4CIDR says IPv4), so the apiserver would treat it as an IPv4 range of
        // 2^24 addresses; the ServiceCIDR API then refuses it: "must not have an IPv4-mapped IPv6 address"
        // (k8s.io/apimachinery/pkg/util/validation/ip.go parseCIDR, used by ValidateServiceCIDR). Never valid.
        return { ok: false, reason: 'an IPv4-mapped IPv6 network (::ffff:0:0/96) is not a valid Service range' };
    }
    return {
        ok: true,
        cidr: {
            family: bits === IPV4_BITS ? 'ipv4' : 'ipv6',
            canonical: formatCidr(network, prefix, bits),
            raw,
            prefix,
            bits,
            network,
        },
    };
}
/**
 * Message for an entry that does not parse, in the words of the program that would refuse it:
 * sloppy = kube-apiserver getServiceIPAndRanges (cmd/kube-apiserver/app/options/completion.go),
 * strict = kind validateSubnets (pkg/internal/apis/config/validate.go) around Go's ParseError text.
 */
function describeParseError(raw, index, mode, reason) {
    if (mode === 'strict') {
        return `failed to parse cidr value:"${raw}" with error: invalid CIDR address: ${raw} (${reason})`;
    }
    const upstream = index === 0 ? 'service-cluster-ip-range[0] is not a valid cidr' : `service-cluster-ip-range[${index}] is not an ip net`;
    return `${upstream} ("${raw}": ${reason})`;
}
/** Splits on "," without trimming and parses every entry; the first entry that fails decides the error. */
function parseRangeList(value, mode) {
    const entries = value.split(',');
    const cidrs = [];
    for (const [index, raw] of entries.entries()) {
        const parsed = parse_parseCidr(raw, mode);
        if (!parsed.ok)
            return { ok: false, error: describeParseError(raw, index, mode, parsed.reason), index };
        cidrs.push(parsed.cidr);
    }
    return { ok: true, cidrs };
}
/** Canonical list (Go IPNet.String() per entry), or null when the value does not parse in that mode. */
function canonicalizeRangeList(value, mode) {
    const parsed = parseRangeList(value, mode);
    return parsed.ok ? parsed.cidrs.map((c) => c.canonical) : null;
}

;// CONCATENATED MODULE: ./src/ranges/version.ts
// Kubernetes versions as files write them ('1.33', 'v1.33.2', '1.33.0', 'v1.34.0-rc.1'): only major.minor
// matters, because the validation rules change with feature-gate defaults per minor release.
const VERSION = /^v?(\d+)\.(\d+)(?:\.\d+)?(?:[-+][0-9A-Za-z.+-]*)?$/;
function parseMinorVersion(text) {
    if (text === undefined)
        return null;
    const m = VERSION.exec(text.trim());
    if (!m)
        return null;
    return { major: Number(m[1]), minor: Number(m[2]) };
}
/** Negative when a is older than b, 0 when the same minor, positive when newer. */
function compareMinor(a, b) {
    return a.major - b.major || a.minor - b.minor;
}
/** True when `text` names a version at or below `limit`; unknown or unreadable versions are newest (false). */
function isAtMost(text, limit) {
    const v = parseMinorVersion(text);
    return v !== null && compareMinor(v, limit) <= 0;
}

;// CONCATENATED MODULE: ./src/ranges/servicecidr.ts
// Would the Kubernetes API accept a ServiceCIDR object's spec.cidrs, and would the apiserver allocate from it?
// Each check follows the upstream code path in its order and returns the upstream wording.
//
// Upstream (kubernetes/kubernetes):
// - pkg/apis/networking/validation/validation.go validateServiceCIDRSpec (run by ValidateServiceCIDR on create and,
//   for the single -> dual-stack update, by ValidateServiceCIDRUpdate): at least one entry, at most two, each
//   validation.IsValidCIDR, two entries of different families;
// - staging/src/k8s.io/apimachinery/pkg/util/validation/ip.go IsValidCIDR (1.33+, KEP-4858 strict validation):
//   ParseCIDRSloppy must parse it, then netip.ParsePrefix must parse it (no leading zeros in the address or the
//   prefix length), no IPv4-mapped IPv6 address, no bits set beyond the prefix length, and the text must be the
//   canonical form (ipnet.String()). A non-canonical value is therefore refused, not normalised, on a ServiceCIDR;
// - pkg/registry/core/service/ipallocator/ipallocator.go NewIPAllocator: "shortest allowed prefix length for service
//   CIDR is 64". This is not API validation: the object is stored, but the apiserver's MetaAllocator
//   (cidrallocator.go syncAllocators) logs "error creating new IPAllocator" and never allocates from that range.


/** ipallocator.NewIPAllocator: shorter IPv6 prefixes get no allocator. */
const SERVICECIDR_SHORTEST_IPV6_PREFIX = 64;
const FIELD = 'spec.cidrs';
function invalid(path, value, detail) {
    // k8s.io/apimachinery field.Error.Error(): `<field>: Invalid value: "<value>": <detail>`.
    return `${path}: Invalid value: ${JSON.stringify(value)}: ${detail}`;
}
/** apimachinery IsValidCIDR (strict, canonical) for one entry: the error detail, or null with the parsed CIDR. */
function isValidCidr(raw) {
    const sloppy = parse_parseCidr(raw, 'sloppy');
    if (!sloppy.ok) {
        // parseCidr refuses IPv4-mapped networks outright; upstream ParseCIDRSloppy accepts them and the strict step
        // names them.
        if (sloppy.reason.includes('IPv4-mapped'))
            return { cidr: null, detail: 'must not have an IPv4-mapped IPv6 address' };
        return { cidr: null, detail: 'must be a valid CIDR value, (e.g. 10.9.8.0/24 or 2001:db8::/64)' };
    }
    const cidr = sloppy.cidr;
    const slash = raw.indexOf('/');
    const addressText = raw.slice(0, slash);
    const prefixText = raw.slice(slash + 1);
    if (!parse_parseCidr(raw, 'strict').ok || /^0[0-9]/.test(prefixText)) {
        return { cidr, detail: 'must not have leading 0s in IP or prefix length' };
    }
    const address = cidr.family === 'ipv4' ? parseIpv4Text(addressText, 'strict') : parseIpv6Text(addressText, 'strict');
    if (address !== null && address !== cidr.network)
        return { cidr, detail: 'must not have bits set beyond the prefix length' };
    if (raw !== cidr.canonical)
        return { cidr, detail: `must be in canonical form (${JSON.stringify(cidr.canonical)})` };
    return { cidr, detail: null };
}
/**
 * Validates the entries of one ServiceCIDR's spec.cidrs (joined with ','; '' = none). `canonical` is the list as
 * the apiserver would store it when every entry parses (even if another check fails), for comparisons.
 */
function validateServiceCidrList(value) {
    const entries = value === '' ? [] : value.split(',');
    if (entries.length === 0) {
        return { canonical: null, cidrs: [], errors: [`${FIELD}: Required value: at least one CIDR required`], nonCanonical: [] };
    }
    const read = entries.map(isValidCidr);
    const cidrs = read.map((r) => r.cidr).filter((c) => c !== null);
    const canonical = cidrs.length === entries.length ? cidrs.map((c) => c.canonical) : null;
    if (entries.length > 2) {
        return { canonical, cidrs, errors: [invalid(FIELD, entries.join(','), 'may only hold up to 2 values')], nonCanonical: [] };
    }
    const errors = [];
    read.forEach((r, i) => {
        if (r.detail !== null)
            errors.push(invalid(`${FIELD}[${i}]`, entries[i], r.detail));
    });
    if (cidrs.length === 2 && cidrs[0].family === cidrs[1].family) {
        errors.push(invalid(FIELD, entries.join(','), 'may specify no more than one IP for each IP family, i.e 192.168.0.0/24 and 2001:db8::/64'));
    }
    if (errors.length === 0) {
        for (const c of cidrs) {
            if (c.family === 'ipv6' && c.prefix < SERVICECIDR_SHORTEST_IPV6_PREFIX) {
                errors.push(`the API stores the object, but the apiserver never allocates ClusterIPs from ${c.canonical}: "shortest allowed prefix length for service CIDR is ${SERVICECIDR_SHORTEST_IPV6_PREFIX}, got ${c.prefix}"`);
            }
        }
    }
    // Non-canonical text is an error here (IsValidCIDR), never a notice.
    return { canonical, cidrs, errors, nonCanonical: [] };
}
/** The one concrete fix for an invalid spec.cidrs: the canonical list when only the spelling is wrong. */
function serviceCidrRemediation(value) {
    const v = validateServiceCidrList(value);
    const spelling = /must not have leading 0s|must not have bits set|must be in canonical form/;
    if (v.canonical && v.errors.length && v.errors.every((e) => spelling.test(e))) {
        return `write ${v.canonical.join(', ')} (the form the API accepts; for "bits set beyond the prefix length", check which range was meant)`;
    }
    return `give spec.cidrs one or two CIDRs in canonical form, at most one per IP family (e.g. 10.100.0.0/16 and fd00:100::/112), IPv6 prefixes /${SERVICECIDR_SHORTEST_IPV6_PREFIX} or longer`;
}

;// CONCATENATED MODULE: ./src/ranges/validate.ts
// Would kube-apiserver, kubeadm or kind accept this Service range (SPEC §4)? Each check follows the upstream
// code path in its order and returns the upstream wording, so an operator can grep for it.




/** kube-apiserver validateMaxCIDRRange maxCIDRBits and kubeadm constants.MaximumBitsForServiceSubnet. */
const MAX_SERVICE_HOST_BITS = 20;
/** pkg/controlplane/apiserver/options ServiceIPRange: "must be at least 8 IP addresses". */
const APISERVER_MIN_ADDRESSES = 8n;
/** cmd/kubeadm/app/constants MinimumAddressesInServiceSubnet. */
const KUBEADM_MIN_ADDRESSES = 10n;
/** pkg/registry/core/service/ipallocator NewIPAllocator: shortest IPv6 prefix the ServiceCIDR allocator takes. */
const SHORTEST_IPV6_PREFIX = 64;
/**
 * Last minor with the 20-bit cap on by default. kube-apiserver validateClusterIPFlags skips the cap only when
 * both MultiCIDRServiceAllocator and DisableAllocatorDualWrite are on; pkg/features versioned_kube_features.go:
 * MultiCIDRServiceAllocator GA (on) since 1.33, DisableAllocatorDualWrite beta default OFF in 1.33, GA default ON
 * in 1.34. So 1.33 still caps (SPEC agrees); 1.34+ does not.
 */
const LAST_CAPPED_VERSION = { major: 1, minor: 33 };
/** kubeadm field path of the value (field.Invalid prints it before the message). */
const KUBEADM_FIELD = 'networking.serviceSubnet';
/**
 * k8s.io/utils/net RangeSize, quirks included: 0 for IPv4 /0-/1 and IPv6 /0-/1 (so those fail the minimum-size
 * checks), capped at MaxInt64 from 63 host bits on.
 */
function upstreamRangeSize(cidr) {
    const hostBits = cidr.bits - cidr.prefix;
    if ((cidr.bits === 32 && hostBits >= 31) || (cidr.bits === 128 && hostBits >= 127))
        return 0n;
    if (hostBits >= 63)
        return (1n << 63n) - 1n;
    return 1n << BigInt(hostBits);
}
function tooLarge(cidr, what) {
    if (cidr.bits - cidr.prefix <= MAX_SERVICE_HOST_BITS)
        return null;
    return `specified ${what} is too large; for ${cidr.bits}-bit addresses, the mask must be >= ${cidr.bits - MAX_SERVICE_HOST_BITS}`;
}
function kubeadmInvalid(value, detail) {
    // k8s.io/apimachinery field.Error.Error(): `<field>: Invalid value: "<value>": <detail>`.
    return `${KUBEADM_FIELD}: Invalid value: ${JSON.stringify(value)}: ${detail}`;
}
/** Go's IsDualStackCIDRs: at least one of each family. */
function isDualStack(cidrs) {
    return cidrs.some((c) => c.family === 'ipv4') && cidrs.some((c) => c.family === 'ipv6');
}
/**
 * kube-apiserver validatePublicIPServiceClusterIPRangeIPFamilies (cmd/kube-apiserver/app/options/validation.go):
 * the kubernetes.default Service is single-stack on the primary family and its endpoints are the advertise address.
 */
function checkAdvertiseFamily(primary, advertise) {
    if (advertise === undefined)
        return [];
    const address = parseIpAddress(advertise, 'sloppy');
    // An unparseable --advertise-address fails flag parsing first; that is not a Service range problem.
    if (address === null || address.family === primary.family)
        return [];
    return [`service IP family "${primary.canonical}" must match public address family "${formatIpAddress(address)}"`];
}
/** Parses entries [0] and [1] the way getServiceIPAndRanges does, stopping at its first error. */
function completeApiserver(entries) {
    // cmd/kube-apiserver/app/options/completion.go getServiceIPAndRanges.
    const primary = parse_parseCidr(entries[0], 'sloppy');
    if (!primary.ok)
        return { cidrs: [], error: describeParseError(entries[0], 0, 'sloppy', primary.reason) };
    if (upstreamRangeSize(primary.cidr) < APISERVER_MIN_ADDRESSES) {
        // pkg/controlplane/apiserver/options/options.go ServiceIPRange, wrapped by getServiceIPAndRanges. Only the
        // primary is checked upstream: a /30 secondary passes.
        return {
            cidrs: [primary.cidr],
            error: `error determining service IP ranges for primary service cidr: the service cluster IP range must be at least ${APISERVER_MIN_ADDRESSES} IP addresses`,
        };
    }
    if (entries.length < 2)
        return { cidrs: [primary.cidr] };
    const secondary = parse_parseCidr(entries[1], 'sloppy');
    if (!secondary.ok) {
        return { cidrs: [primary.cidr], error: describeParseError(entries[1], 1, 'sloppy', secondary.reason) };
    }
    return { cidrs: [primary.cidr, secondary.cidr] };
}
function validateApiserver(entries, ctx) {
    const { cidrs, error } = completeApiserver(entries);
    // Complete() failing stops the apiserver before Validate() runs.
    if (error !== undefined)
        return [error];
    const errors = [];
    const [primary, secondary] = cidrs;
    // cmd/kube-apiserver/app/options/validation.go validateClusterIPFlags.
    if (entries.length > 2)
        errors.push('--service-cluster-ip-range must not contain more than two entries');
    const capped = isAtMost(ctx.kubernetesVersion, LAST_CAPPED_VERSION);
    if (capped) {
        const large = tooLarge(primary, '--service-cluster-ip-range');
        if (large)
            errors.push(large);
    }
    if (secondary) {
        if (secondary.family === primary.family) {
            errors.push('--service-cluster-ip-range[0] and --service-cluster-ip-range[1] must be of different IP family');
        }
        if (capped) {
            const large = tooLarge(secondary, '--service-cluster-ip-range[1]');
            if (large)
                errors.push(large);
        }
    }
    errors.push(...checkAdvertiseFamily(primary, ctx.advertiseAddress));
    if (!capped) {
        // Without the cap, the ServiceCIDR allocator still refuses very large IPv6 ranges when it is built for the
        // default ServiceCIDR (pkg/registry/core/service/ipallocator/ipallocator.go NewIPAllocator).
        for (const c of cidrs) {
            if (c.family === 'ipv6' && c.prefix < SHORTEST_IPV6_PREFIX) {
                errors.push(`shortest allowed prefix length for service CIDR is ${SHORTEST_IPV6_PREFIX}, got ${c.prefix}`);
            }
        }
    }
    return errors;
}
/**
 * kubeadm ValidateNetworking -> ValidateIPNetFromString(serviceSubnet, MinimumAddressesInServiceSubnet) and
 * ValidateServiceSubnetSize (cmd/kubeadm/app/apis/kubeadm/validation/validation.go). netutils.ParseCIDRs uses
 * ParseCIDRSloppy, so kubeadm reads leading zeros like the apiserver.
 */
function validateKubeadmChecks(value, cidrs) {
    const errors = [];
    if (cidrs.length > 2 || (cidrs.length === 2 && !isDualStack(cidrs))) {
        errors.push(kubeadmInvalid(value, 'expected one (IPv4 or IPv6) CIDR or two CIDRs from each family for dual-stack networking'));
    }
    for (const c of cidrs) {
        const size = upstreamRangeSize(c);
        if (size < KUBEADM_MIN_ADDRESSES) {
            errors.push(kubeadmInvalid(c.canonical, `subnet with ${size} address(es) is too small, the minimum is ${KUBEADM_MIN_ADDRESSES}`));
        }
    }
    for (const c of cidrs) {
        const large = tooLarge(c, 'service subnet');
        if (large)
            errors.push(kubeadmInvalid(c.canonical, large));
    }
    return errors;
}
function validateKubeadm(value, ctx) {
    const parsed = parseRangeList(value, 'sloppy');
    if (!parsed.ok) {
        const reason = parsed.error.includes('IPv4-mapped') ? `couldn't parse subnet (${parsed.error})` : "couldn't parse subnet";
        return { cidrs: [], errors: [kubeadmInvalid(value, reason)] };
    }
    const errors = validateKubeadmChecks(value, parsed.cidrs);
    // kubeadm hands the value to kube-apiserver, which checks the advertise address family at start-up.
    errors.push(...checkAdvertiseFamily(parsed.cidrs[0], ctx.advertiseAddress));
    return { cidrs: parsed.cidrs, errors };
}
/**
 * kind validateSubnets (kubernetes-sigs/kind pkg/internal/apis/config/validate.go), reported by Cluster.Validate as
 * "invalid service subnet <err>". kind then writes the value into the kubeadm ClusterConfiguration it generates
 * (networking.serviceSubnet), so kubeadm's own checks follow when kind's pass.
 */
function validateKind(value, ctx) {
    const prefix = 'invalid service subnet ';
    const parsed = parseRangeList(value, 'strict');
    if (!parsed.ok)
        return { cidrs: [], errors: [prefix + parsed.error] };
    const cidrs = parsed.cidrs;
    // kind defaults networking.ipFamily to ipv4 (pkg/internal/apis/config/default.go).
    const family = ctx.ipFamily ?? 'ipv4';
    const dual = family === 'dual';
    let error = null;
    if (dual && cidrs.length > 2) {
        error = 'expected one (IPv4 or IPv6) CIDR or two CIDRs from each family for dual-stack networking';
    }
    else if (dual && cidrs.length === 2 && !isDualStack(cidrs)) {
        error = 'expected one (IPv4 or IPv6) CIDR or two CIDRs from each family for dual-stack networking';
    }
    else if (!dual && cidrs.length > 1) {
        error = 'only one CIDR allowed for single-stack networking';
    }
    else if (family === 'ipv4' && cidrs[0].family !== 'ipv4') {
        error = 'expected IPv4 CIDR for IPv4 family';
    }
    else if (family === 'ipv6' && cidrs[0].family !== 'ipv6') {
        error = 'expected IPv6 CIDR for IPv6 family';
    }
    if (error !== null)
        return { cidrs, errors: [prefix + error] };
    return { cidrs, errors: validateKubeadmChecks(value, cidrs) };
}
function modeOf(ctx) {
    return ctx.profile === 'kind' ? 'strict' : 'sloppy';
}
/** Validates an effective Service range value for the program that reads it (ctx.profile). */
function validateRangeList(value, ctx) {
    if (ctx.profile === 'servicecidr')
        return validateServiceCidrList(value);
    const parsed = parseRangeList(value, modeOf(ctx));
    let errors;
    if (ctx.profile === 'apiserver')
        errors = validateApiserver(value.split(','), ctx);
    else if (ctx.profile === 'kubeadm')
        errors = validateKubeadm(value, ctx).errors;
    else
        errors = validateKind(value, ctx).errors;
    const cidrs = parsed.ok ? parsed.cidrs : [];
    return {
        canonical: parsed.ok ? cidrs.map((c) => c.canonical) : null,
        cidrs,
        errors,
        nonCanonical: cidrs.filter((c) => c.raw !== c.canonical).map((c) => ({ raw: c.raw, canonical: c.canonical })),
    };
}

;// CONCATENATED MODULE: ./src/ranges/relations.ts
// Set relations between parsed ranges and addresses, on bigint network numbers. Only ranges of one family
// relate: Go's IPNet.Contains never matches across families once IPv4-mapped values are ruled out.


/** outer contains inner (equal ranges contain each other). */
function contains(outer, inner) {
    return outer.family === inner.family && outer.prefix <= inner.prefix && (inner.network & maskOf(outer.bits, outer.prefix)) === outer.network;
}
/** Two CIDRs overlap exactly when one contains the other (prefix-aligned blocks never partially overlap). */
function overlaps(a, b) {
    return contains(a, b) || contains(b, a);
}
/** Family of a parsed CIDR, or of a CIDR text read sloppily (null when it does not parse). */
function familyOf(cidr) {
    if (typeof cidr !== 'string')
        return cidr.family;
    const parsed = parseCidr(cidr, 'sloppy');
    return parsed.ok ? parsed.cidr.family : null;
}
/** Number of addresses in the range (2^host bits), exact. */
function rangeSize(cidr) {
    return 1n << BigInt(cidr.bits - cidr.prefix);
}
/** network + n, or null when that is outside the range (k8s.io/utils/net GetIndexedIP refuses it too). */
function indexedAddress(cidr, n) {
    const offset = BigInt(n);
    if (offset < 0n || offset >= rangeSize(cidr))
        return null;
    return formatIpAddress({ family: cidr.family, value: cidr.network + offset });
}
/**
 * network + n as Go prints it: kubernetes.default gets n = 1 (pkg/controlplane/apiserver/options ServiceIPRange,
 * GetIndexedIP(&range, 1)); kubeadm's cluster DNS gets n = 10 (cmd/kubeadm/app/constants GetDNSIP).
 * Always a string for messages; outside the range it says so instead of naming an address.
 */
function nthAddress(cidr, n) {
    return indexedAddress(cidr, n) ?? `(none: ${cidr.canonical} has no address #${String(n)})`;
}
function cidrContainsAddress(cidr, address) {
    return cidr.family === address.family && (address.value & maskOf(cidr.bits, cidr.prefix)) === cidr.network;
}
/**
 * How the primary moved, for messages: 'expanded' when the new range contains the old one, 'shrunk' when the
 * old contains the new, else 'moved'. Callers compare different ranges; equal ranges would read 'expanded'.
 */
function describeRelation(oldCidr, newCidr) {
    if (contains(newCidr, oldCidr))
        return 'expanded';
    if (contains(oldCidr, newCidr))
        return 'shrunk';
    return 'moved';
}
/**
 * The smallest list of CIDRs covering `outer` without `inner` (empty when inner covers outer; [outer] when
 * they are disjoint): the addresses an expansion adds, as blocks that can be ServiceCIDR objects without
 * overlapping the existing range.
 */
function subtractRange(outer, inner) {
    if (!overlaps(outer, inner))
        return [outer];
    if (contains(inner, outer))
        return [];
    // inner lies strictly inside outer: split outer in halves and keep what inner does not reach.
    const prefix = outer.prefix + 1;
    const half = 1n << BigInt(outer.bits - prefix);
    return [outer.network, outer.network + half].flatMap((network) => {
        const canonical = formatCidr(network, prefix, outer.bits);
        return subtractRange({ family: outer.family, canonical, raw: canonical, prefix, bits: outer.bits, network }, inner);
    });
}

;// CONCATENATED MODULE: ./src/ranges/index.ts
// Public surface of the ranges module: CIDR lists parsed, canonicalised and validated the way
// kube-apiserver, kubeadm and kind do. Types live here; the implementation is in the sibling files:
// address.ts (Go IP parsing/printing), parse.ts (CIDR lists), validate.ts (SPEC §4), relations.ts, version.ts.






;// CONCATENATED MODULE: ./src/classify.ts
// Old and new canonical effective lists -> the change class the apiserver's default ServiceCIDR controller
// will apply to it (SPEC §3). Pure: only lists in, a rule id and the facts for the message out.
//
// Upstream: kubernetes/kubernetes pkg/controlplane/controller/defaultservicecidr/default_servicecidr_controller.go
// (syncStatus / the "only single to dual-stack upgrade keeping the primary is supported" check, restored by #131263).

/**
 * Classifies a change of the effective list. Returns null when the lists are the same range (after
 * canonicalisation). Both lists must already be valid (the caller reports invalid-range instead).
 */
function classifyChange(oldList, newList) {
    if (sameList(oldList, newList))
        return null;
    const base = { old: oldList, new: newList };
    const [oldPrimary, oldSecondary] = oldList;
    const [newPrimary, newSecondary] = newList;
    if (!oldPrimary || !newPrimary)
        return null;
    if (oldPrimary.family !== newPrimary.family)
        return { rule: 'primary-family-change', ...base };
    if (oldPrimary.canonical !== newPrimary.canonical) {
        return { rule: 'primary-range-change', relation: describeRelation(oldPrimary, newPrimary), ...base };
    }
    // Same primary from here on.
    if (!oldSecondary && newSecondary) {
        // Two entries of one family never validate, so the new secondary is of the other family.
        return { rule: 'dual-stack-upgrade', ...base };
    }
    if (oldSecondary && !newSecondary)
        return { rule: 'family-reduction', ...base };
    if (oldSecondary && newSecondary && oldSecondary.canonical !== newSecondary.canonical) {
        return { rule: 'secondary-range-change', ...base };
    }
    return null;
}
function sameList(a, b) {
    return a.length === b.length && a.every((c, i) => c.canonical === b[i].canonical);
}
/** Canonical strings of a list. */
function canonicalOf(list) {
    return list.map((c) => c.canonical);
}
function familyName(family) {
    return family === 'ipv4' ? 'IPv4' : 'IPv6';
}

;// CONCATENATED MODULE: ./src/messages.ts
// Finding texts: what changed (quoting both values), what the cluster will do, and the one safe next step.
// The static parts come from rules.ts; this file adds the facts of one finding.



const list = (cidrs) => (cidrs.length ? cidrs.map((c) => c.canonical).join(',') : '(none)');
/** Where the value came from, e.g. "networking.serviceSubnet" or "the kubeadm default (networking.serviceSubnet is absent)". */
function describeSource(s) {
    if (s.origin === 'default')
        return `the default ${s.value}${s.defaultNote ? ` (${s.defaultNote})` : ''}`;
    return s.reachedThrough?.description ?? `${s.setting}`;
}
/** The ServiceCIDR manifest that adds `cidrs` to the cluster without touching the flag. */
function serviceCidrManifest(cidrs, name = 'extra-service-range') {
    return [
        'apiVersion: networking.k8s.io/v1',
        'kind: ServiceCIDR',
        'metadata:',
        `  name: ${name}`,
        'spec:',
        '  cidrs:',
        ...cidrs.map((c) => `  - ${c}`),
    ].join('\n');
}
function changeText(change, oldSetting, newSetting) {
    if (newSetting.component === 'kube-controller-manager')
        return controllerManagerText(change, newSetting);
    if (newSetting.createOnly)
        return createOnlyText(change, newSetting);
    const meta = RULES[change.rule];
    const from = list(change.old);
    const to = list(change.new);
    // "networking.serviceSubnet drops …" or, for a removed field, "Removing X makes the default … apply, which drops …"
    const where = newSetting.origin === 'default' && oldSetting.origin === 'explicit'
        ? `Removing ${oldSetting.setting} makes ${describeSource(newSetting)} apply, which`
        : `${describeSource(newSetting)}`;
    const [oldPrimary, oldSecondary] = change.old;
    const [newPrimary, newSecondary] = change.new;
    let what;
    let remediation = meta.remediation;
    switch (change.rule) {
        case 'dual-stack-upgrade':
            what = `${where} adds the ${familyName(newSecondary.family)} range ${newSecondary.canonical} to ${oldPrimary.canonical} (${from} → ${to}): single-stack to dual-stack with the primary kept, which the apiserver applies to the ServiceCIDR "kubernetes" by itself.`;
            break;
        case 'family-reduction':
            what = `${where} drops the ${familyName(oldSecondary.family)} range ${oldSecondary.canonical} (${from} → ${to}). The apiserver will not apply this: the ServiceCIDR "kubernetes" stays dual-stack, a KubernetesDefaultServiceCIDRInconsistent event is raised, and ${familyName(oldSecondary.family)} Services keep their IPs.`;
            break;
        case 'primary-family-change':
            if (swapped(change)) {
                what = `${where} swaps the order of the two ranges, which makes ${newPrimary.canonical} (${familyName(newPrimary.family)}) the primary instead of ${oldPrimary.canonical} (${familyName(oldPrimary.family)}) (${from} → ${to}). The apiserver will not apply this: the ServiceCIDR "kubernetes" keeps ${oldPrimary.canonical} as primary, and creating Services fails while the flag and the object disagree.`;
                remediation = `put ${oldPrimary.canonical} back first: ${from}`;
                break;
            }
            remediation = `keep ${oldPrimary.canonical} as the primary (first) range: ${from}. ${meta.remediation}`;
            what = `${where} changes the primary IP family from ${familyName(oldPrimary.family)} (${oldPrimary.canonical}) to ${familyName(newPrimary.family)} (${newPrimary.canonical}) (${from} → ${to}). The apiserver will not apply this: the ServiceCIDR "kubernetes" keeps ${oldPrimary.canonical} as primary, and creating Services fails while the flag and the object disagree.`;
            break;
        case 'primary-range-change': {
            const dropped = oldSecondary && !newSecondary ? ` and drops the ${familyName(oldSecondary.family)} range ${oldSecondary.canonical}` : '';
            what = `${where} ${RELATION_VERB[change.relation ?? 'moved']} the primary range from ${oldPrimary.canonical} to ${newPrimary.canonical}${dropped} (${from} → ${to}). The apiserver will not apply this: new Services keep getting IPs from ${oldPrimary.canonical}, kubernetes.default stays at ${nthAddress(oldPrimary, 1)} and the cluster DNS at ${nthAddress(oldPrimary, 10)}.`;
            remediation = primaryRangeRemediation(change, oldPrimary, newPrimary, oldSetting.setting);
            break;
        }
        case 'secondary-range-change':
            what = `${where} changes the secondary range from ${oldSecondary.canonical} to ${newSecondary.canonical} (${from} → ${to}). The apiserver will not apply this: the secondary range of the ServiceCIDR "kubernetes" is immutable and ${oldSecondary.canonical} stays in use.`;
            remediation = secondaryRangeRemediation(oldSecondary, newSecondary);
            break;
        default:
            what = `${where}: ${from} → ${to}.`;
    }
    return { message: what, remediation };
}
const RELATION_VERB = { expanded: 'expands', shrunk: 'shrinks', moved: 'moves' };
function swapped(change) {
    const [a, b] = change.old;
    const [c, d] = change.new;
    return !!(a && b && c && d && a.canonical === d.canonical && b.canonical === c.canonical);
}
function primaryRangeRemediation(change, oldPrimary, newPrimary, setting) {
    const keep = `keep ${oldPrimary.canonical} as the primary range in ${setting}`;
    if (change.relation === 'shrunk') {
        return `${keep}: a Service range cannot be shrunk in place (Services may already hold IPs outside ${newPrimary.canonical}). To stop allocating from part of it, plan a migration to a new cluster.`;
    }
    // Only the addresses the change meant to add, as blocks that do not overlap the existing range.
    const extra = subtractRange(newPrimary, oldPrimary).map((c) => c.canonical);
    const manifests = extra.map((c, i) => serviceCidrManifest([c], extra.length > 1 ? `extra-service-range-${i + 1}` : 'extra-service-range'));
    const objects = extra.length > 1
        ? `${extra.length} additional ServiceCIDR objects (an object holds at most one CIDR per family)`
        : 'an additional ServiceCIDR object';
    return `${keep}, and add the new addresses (${extra.join(', ')}) as ${objects} (Kubernetes 1.33+):\n${manifests.join('\n---\n')}`;
}
/**
 * Only the addresses the new secondary adds, as objects that do not overlap the one it keeps (the proposed manifests
 * pass the gate's own ServiceCIDR checks: test/servicecidr-remediation.test.ts).
 */
function secondaryRangeRemediation(oldSecondary, newSecondary) {
    const keep = `keep ${oldSecondary.canonical} as the secondary range`;
    const extra = subtractRange(newSecondary, oldSecondary).map((c) => c.canonical);
    if (!extra.length)
        return `${keep}: a Service range cannot be shrunk in place`;
    const manifests = extra.map((c, i) => serviceCidrManifest([c], extra.length > 1 ? `extra-service-range-${i + 1}` : 'extra-service-range'));
    const objects = extra.length > 1
        ? `${extra.length} additional ServiceCIDR objects (an object holds at most one CIDR per family)`
        : 'an additional ServiceCIDR object';
    return `${keep}; to add the ${familyName(newSecondary.family)} addresses ${extra.join(', ')}, create ${objects}:\n${manifests.join('\n---\n')}`;
}
/**
 * kube-controller-manager's copy of the range never allocates ClusterIPs: it only keeps node pod CIDRs out of
 * the Service range (node IPAM), so the apiserver consequences do not apply (SPEC §3 context rules).
 */
function controllerManagerText(change, s) {
    return {
        message: `${describeSource(s)} changes kube-controller-manager's Service range ${list(change.old)} → ${list(change.new)} (${RULES[change.rule].title.toLowerCase()}). kube-controller-manager only uses it to keep node pod CIDRs out of the Service range (node IPAM) and never allocates ClusterIPs, so this change alone is a notice.`,
        remediation: 'keep it equal to the kube-apiserver value of the same cluster, and change both together only in the ways the apiserver supports',
    };
}
/**
 * Create-only formats (kind) never reach a running apiserver: the change only decides what new clusters get
 * (SPEC §3 context rules), so the apiserver consequences are not told.
 */
function createOnlyText(change, s) {
    const from = list(change.old);
    const to = list(change.new);
    return {
        message: `${describeSource(s)} changes the Service range ${from} → ${to} (${RULES[change.rule].title.toLowerCase()}). This format creates clusters and cannot change one in place: the change applies to newly created clusters only.`,
        remediation: `nothing to do for running clusters: a cluster created from this config earlier keeps ${from}; clusters created from it from now on get ${to}`,
    };
}

;// CONCATENATED MODULE: ./src/engine/effective.ts
// The effective values of one side, validated once: every check (values, changes, cross checks) reads the
// same validation of a setting.

const serviceRanges = (side) => (side ? side.settings.filter((s) => s.role === 'service-range') : []);
function key(s) {
    return `${s.role}|${s.subject}`;
}
function versionOf(s, options) {
    return s.kubernetesVersion ?? options.kubernetesVersion;
}
// A setting belongs to exactly one side, so its validation can be cached on the object: the value checks,
// the change classification and the cross checks of both sides all read it.
const validations = new WeakMap();
function validate(s, side, options) {
    let v = validations.get(s);
    if (!v) {
        v = validateUncached(s, side, options);
        validations.set(s, v);
    }
    return v;
}
function validateUncached(s, side, options) {
    const advertise = side.settings.find((x) => x.role === 'advertise-address' && x.group === s.group);
    return validateRangeList(s.value, {
        profile: s.profile,
        kubernetesVersion: versionOf(s, options),
        ipFamily: s.ipFamily,
        // The advertise address only constrains the apiserver's own range.
        advertiseAddress: s.component === 'kube-controller-manager' ? undefined : advertise?.value,
    });
}
/** The parsed list of a value that validates; null for an invalid value (reported as invalid-range only). */
function parseValid(s, side, options) {
    const v = validate(s, side, options);
    if (v.canonical === null || v.errors.length)
        return null;
    return v.cidrs;
}

;// CONCATENATED MODULE: ./src/formats/toolkit/extractor.ts
// The one interface every format implements: read one side of one file, return effective settings with
// positions and the problems met on the way. Extractors are pure: no I/O, no printing, no exceptions
// escape (the engine still guards each call and turns a throw into a problem).
const EMPTY_EXTRACTION = Object.freeze({ settings: [], problems: [] });

;// CONCATENATED MODULE: ./src/formats/flags/2a-tokenise-shell.ts
// Step 2a of the flag readers: a command string split into words the way a POSIX shell (and, close enough,
// systemd's ExecStart= parser) splits them, every character still tied to an offset of the file so findings point
// at the exact value. Which of the words is a control-plane program is step 2b (2b-find-invocations.ts).
/** An argument whose characters are contiguous in the file, starting at `start`. */
function contiguousArg(text, start, tag) {
    const offsets = [];
    for (let i = 0; i <= text.length; i++)
        offsets.push(start + i);
    return tag === undefined ? { text, offsets } : { text, offsets, tag };
}
const OPERATOR_CHARS = new Set([';', '&', '|', '(', ')']);
/**
 * Splits a command string the way a POSIX shell (and, close enough, systemd's ExecStart= parser) splits words:
 * single quotes are literal, double quotes allow `\"`, `\\`, `\$`, backslash-newline is a continuation, `#` at the
 * start of a word starts a comment, and `;`, `&&`, `||`, `|`, `&`, newlines separate commands. `$(…)`, `${…}` and
 * backticks are kept inside their word (not expanded: the values they produce are unknown to a static reader).
 * `offsets[i]` is the file offset of `text[i]`; `offsets[text.length]` the end.
 */
function tokenizeShell(text, offsets, options = {}) {
    const off = offsets ?? Array.from({ length: text.length + 1 }, (_, i) => i);
    const tokens = [];
    let chars = [];
    let charOffsets = [];
    let started = false;
    let startOffset = 0;
    let lastEnd = 0;
    let expansions = [];
    const push = (c, at) => {
        if (!started)
            startOffset = at;
        started = true;
        chars.push(c);
        charOffsets.push(off[at]);
        lastEnd = at + 1;
    };
    const flush = () => {
        if (!started)
            return;
        const word = chars.join('');
        const token = { text: word, offsets: [...charOffsets, off[lastEnd] ?? off[off.length - 1]] };
        if (isWholeExpansion(word))
            token.opaque = true;
        if (chars.length === 0)
            token.offsets = [off[startOffset]];
        if (expansions.length > 0)
            token.expansions = expansions;
        tokens.push(token);
        chars = [];
        charOffsets = [];
        expansions = [];
        started = false;
    };
    /**
     * A `$` expansion starting at text[i] (a `$` not escaped and not in single quotes): its characters are pushed
     * into the word as written and recorded; returns the index after it, or -1 when `$` starts none.
     */
    const expansion = (i, quoted, limit) => {
        const next = text[i + 1];
        const at = chars.length;
        if (next === '{' || next === '(') {
            const close = next === '(' ? ')' : '}';
            let depth = 0;
            let j = i + 1;
            for (; j < limit; j++) {
                if (text[j] === next)
                    depth++;
                else if (text[j] === close && --depth === 0)
                    break;
            }
            for (let k = i; k <= Math.min(j, limit - 1); k++)
                push(text[k], k);
            const record = { start: at, end: chars.length, name: null, quoted, braces: next === '{' };
            const m = next === '{' ? /^\$\{([A-Za-z_][A-Za-z0-9_]*)(?:(:?)-([^}]*))?\}$/.exec(chars.slice(at).join('')) : null;
            if (m) {
                record.name = m[1];
                if (m[3] !== undefined) {
                    const from = at + 2 + m[1].length + m[2].length + 1;
                    record.fallback = { start: from, end: chars.length - 1, emptyToo: m[2] === ':' };
                }
            }
            expansions.push(record);
            return j + 1;
        }
        const m = /^[A-Za-z_][A-Za-z0-9_]*/.exec(text.slice(i + 1, Math.min(limit, i + 256)));
        if (!m)
            return -1;
        for (let k = i; k <= i + m[0].length; k++)
            push(text[k], k);
        expansions.push({ start: at, end: chars.length, name: m[0], quoted, braces: false });
        return i + 1 + m[0].length;
    };
    const operator = (op, at) => {
        flush();
        tokens.push({ text: op, offsets: [off[at], off[at + op.length]], operator: true });
    };
    let i = 0;
    while (i < text.length) {
        const c = text[i];
        if (c === '\\') {
            if (text[i + 1] === '\n') {
                i += 2;
                continue;
            }
            if (text[i + 1] === '\r' && text[i + 2] === '\n' && !options.crLiteral) {
                i += 3;
                continue;
            }
            if (i + 1 < text.length)
                push(text[i + 1], i + 1);
            i += 2;
            continue;
        }
        if (c === "'") {
            if (!started)
                startOffset = i;
            started = true;
            i++;
            while (i < text.length && text[i] !== "'") {
                push(text[i], i);
                i++;
            }
            i++;
            continue;
        }
        if (c === '"') {
            if (!started)
                startOffset = i;
            started = true;
            i++;
            // Where the quoted part ends (found once: an expansion inside it never reads past it).
            let close = i;
            while (close < text.length && text[close] !== '"')
                close += text[close] === '\\' ? 2 : 1;
            close = Math.min(close, text.length);
            while (i < text.length && text[i] !== '"') {
                if (text[i] === '\\' && i + 1 < text.length && '"\\$`\n'.includes(text[i + 1])) {
                    if (text[i + 1] !== '\n')
                        push(text[i + 1], i + 1);
                    i += 2;
                    continue;
                }
                if (text[i] === '$') {
                    const after = expansion(i, true, close);
                    if (after >= 0) {
                        i = after;
                        continue;
                    }
                }
                if (text[i] === '`')
                    expansions.push({ start: chars.length, end: chars.length + 1, name: null, quoted: true, braces: false });
                push(text[i], i);
                i++;
            }
            i++;
            continue;
        }
        if (c === '$') {
            // Keep a substitution in one word, whatever spaces or operators it contains.
            const after = expansion(i, false, text.length);
            if (after >= 0) {
                i = after;
                continue;
            }
        }
        if (c === '`') {
            const j = text.indexOf('`', i + 1);
            const end = j < 0 ? text.length - 1 : j;
            expansions.push({ start: chars.length, end: chars.length + end - i + 1, name: null, quoted: false, braces: false });
            for (let k = i; k <= end; k++)
                push(text[k], k);
            i = end + 1;
            continue;
        }
        if (c === '#' && !started) {
            while (i < text.length && text[i] !== '\n')
                i++;
            continue;
        }
        // A carriage return is an ordinary character for a shell (bash reads a CRLF script's `x\r` as the word
        // "x\r"); systemd strips it with the line's trailing whitespace. The caller says which applies.
        if (c === ' ' || c === '\t' || (c === '\r' && !options.crLiteral)) {
            flush();
            i++;
            continue;
        }
        if (c === '\n') {
            operator('\n', i);
            i++;
            continue;
        }
        if (OPERATOR_CHARS.has(c)) {
            // `2>&1`, `&>file`: an ampersand right after a redirection belongs to the word.
            if (c === '&' && started && (chars[chars.length - 1] === '>' || chars[chars.length - 1] === '<')) {
                push(c, i);
                i++;
                continue;
            }
            const two = text.slice(i, i + 2);
            const op = two === '&&' || two === '||' ? two : c;
            operator(op, i);
            i += op.length;
            continue;
        }
        push(c, i);
        i++;
    }
    flush();
    return tokens;
}
function isWholeExpansion(word) {
    // A word that starts with a template or substitution and is not itself a flag (`{{ extra_args }}`,
    // `$(cat flags)`) can render to any flags.
    if (/^(\{\{|\{%|\$\{|\$\(|%\{|`)/.test(word))
        return true;
    if (/^\$[A-Za-z_][A-Za-z0-9_]*$/.test(word))
        return true;
    // "$@", "$*", "$1": the script's own arguments, unknown to a reader of the script.
    if (/^\$[@*0-9]$/.test(word))
        return true;
    if (/^\$\{[^}]*\}$/.test(word))
        return true;
    if (/^\$\([^)]*\)$/.test(word))
        return true;
    return false;
}
/** Simple commands with the control operators around them (`before`: every operator since the previous one). */
function splitCommandsWithOperators(tokens) {
    const out = [];
    let current = [];
    let ops = '';
    let before = '';
    for (const t of tokens) {
        if (t.operator) {
            if (current.length > 0) {
                out.push({ argv: current, before, after: t.text });
                current = [];
                ops = '';
            }
            if (t.text !== '\n')
                ops += t.text;
            before = ops;
        }
        else {
            current.push(t);
        }
    }
    if (current.length > 0)
        out.push({ argv: current, before, after: undefined });
    return out;
}
/** Splits tokens into simple commands at control operators. */
function splitCommands(tokens) {
    const commands = [];
    let current = [];
    for (const t of tokens) {
        if (t.operator) {
            if (current.length > 0)
                commands.push(current);
            current = [];
        }
        else {
            current.push(t);
        }
    }
    if (current.length > 0)
        commands.push(current);
    return commands;
}

;// CONCATENATED MODULE: ./src/formats/flags/variables.ts
// Variables whose definition is in reach in the same file (issue 13 "follow the value"), substituted into the
// words of a command line the way the program that runs the line does it:
//
// - POSIX shell (XCU 2.6.2 "Parameter Expansion", 2.6.5 "Field Splitting"): `$NAME`, `${NAME}`,
//   `${NAME:-word}` / `${NAME-word}` (the word when NAME is unset or empty / unset), inside double quotes too but
//   never inside single quotes or after a backslash (2a-tokenise-shell.ts records which `$` are expansions). An
//   unquoted expansion is split into fields at blanks; a quoted one is not.
// - systemd (systemd.service(5) "Command lines"): "Use "${FOO}" as part of a word, or as a word of its own, on the
//   command line, in which case it will be erased and replaced by the exact value of the environment variable
//   (if any) including all whitespace it contains, always resulting in exactly a single argument. Use "$FOO" as a
//   separate word on the command line, in which case it will be replaced by the value of the environment variable
//   split at whitespace"; `$FOO` inside a longer word is left as written (systemd src/basic/env-util.c
//   replace_env_argv / replace_env). Quoting does not stop it: the words are unquoted first.
// - Kubernetes container `command`/`args` (kubernetes/kubernetes third_party/forked/golang/expansion/expand.go
//   Expand, applied by pkg/kubelet/container/helpers.go ExpandContainerCommandAndArgs): `$(NAME)` from the
//   container's env, `$$` is an escaped `$`, a reference to a name that is not defined stays as written.
//
// A substituted character keeps the file offset of the character it came from (the definition's value), so a
// finding can point at the definition when that is what changed; `via` records what filled which characters
// and `written` keeps the word as written for the place it is used.
/**
 * Substitutes the variables of one word. A word without expansions is returned unchanged (the same object),
 * so callers can tell whether anything happened.
 */
function substituteWord(word, lookup, dialect) {
    const found = dialect === 'shell' ? shellExpansions(word) : systemdExpansions(word);
    if (found.length === 0)
        return { kind: 'words', words: [word] };
    const pieces = [];
    const unresolved = [];
    let at = 0;
    const literal = (from, to) => {
        if (to > from)
            pieces.push({ text: word.text.slice(from, to), offsets: word.offsets.slice(from, to), split: false, uses: [] });
    };
    for (const e of found) {
        literal(at, e.start);
        at = e.end;
        const useOffset = word.offsets[e.start];
        const written = word.text.slice(e.start, e.end);
        if (e.name === null) {
            unresolved.push({ name: written, written, reason: 'its value is computed when the line runs', useOffset, definitionOffsets: [] });
            continue;
        }
        const state = lookup(e.name);
        const useFallback = e.fallback && (state.kind === 'unset' || (state.kind === 'value' && e.fallback.emptyToo && state.value.text === ''));
        if (useFallback && e.fallback) {
            const f = e.fallback;
            const text = word.text.slice(f.start, f.end);
            if (/[$`"'\\]/.test(text)) {
                unresolved.push({ name: e.name, written, reason: `the default in ${written} is not a literal`, useOffset, definitionOffsets: [] });
                continue;
            }
            pieces.push({
                text,
                offsets: word.offsets.slice(f.start, f.end),
                split: e.split,
                uses: [{ name: e.name, start: 0, end: text.length, useOffset, definition: null }],
                end: word.offsets[f.end],
            });
            continue;
        }
        if (state.kind === 'unknown') {
            unresolved.push({ name: e.name, written, reason: state.reason, useOffset, definitionOffsets: state.definitionOffsets });
            continue;
        }
        if (state.kind === 'unset') {
            unresolved.push({
                name: e.name,
                written,
                reason: dialect === 'systemd'
                    ? 'it is not set in this unit (a drop-in, EnvironmentFile= or the service manager may set it)'
                    : 'it is not assigned before this command in this file (it comes from the environment)',
                useOffset,
                definitionOffsets: [],
            });
            continue;
        }
        const v = state.value;
        pieces.push({
            text: v.text,
            offsets: v.offsets.slice(0, v.text.length),
            split: e.split,
            uses: usesOf(e.name, v, useOffset, 0),
            end: v.offsets[v.text.length],
        });
    }
    literal(at, word.text.length);
    if (unresolved.length > 0)
        return { kind: 'unresolved', unresolved };
    // Join the pieces; an unquoted expansion's blanks separate words (field splitting).
    const words = [];
    let text = '';
    let offsets = [];
    let via = [];
    let started = false;
    let endOffset = word.offsets[word.text.length];
    const flush = () => {
        if (!started)
            return;
        const w = { text, offsets: [...offsets, endOffset], via, written: word };
        if (word.tag !== undefined)
            w.tag = word.tag;
        words.push(w);
        text = '';
        offsets = [];
        via = [];
        started = false;
    };
    for (const p of pieces) {
        if (!p.split) {
            const start = text.length;
            text += p.text;
            offsets.push(...p.offsets);
            via.push(...clip(p.uses, 0, p.text.length, start));
            started = true;
            endOffset = p.end ?? (p.offsets.length ? p.offsets[p.offsets.length - 1] + 1 : endOffset);
            continue;
        }
        // Field splitting at <space>, <tab>, <newline> (the default IFS).
        const re = /[ \t\n]+|[^ \t\n]+/g;
        for (const m of p.text.matchAll(re)) {
            if (/^[ \t\n]/.test(m[0])) {
                flush();
                continue;
            }
            const start = text.length;
            text += m[0];
            offsets.push(...p.offsets.slice(m.index, m.index + m[0].length));
            via.push(...clip(p.uses, m.index ?? 0, (m.index ?? 0) + m[0].length, start));
            started = true;
            const last = (m.index ?? 0) + m[0].length;
            endOffset = last < p.offsets.length ? p.offsets[last] : (p.end ?? p.offsets[p.offsets.length - 1] + 1);
        }
    }
    // Literal text after the last expansion ends where the word ends in the file.
    if (pieces.length > 0 && pieces[pieces.length - 1].uses.length === 0)
        endOffset = word.offsets[word.text.length];
    flush();
    return { kind: 'words', words };
}
/**
 * The use of `name` whose value is `value`, placed at index `at` of the word being built, followed by the uses
 * that built the value itself (a variable defined from another one).
 */
function usesOf(name, value, useOffset, at) {
    const written = value.written ?? value;
    const definition = { text: written.text, start: written.offsets[0], end: written.offsets[written.text.length] };
    const inner = (value.via ?? []).map((u) => ({ ...u, start: u.start + at, end: u.end + at }));
    return [{ name, start: at, end: at + value.text.length, useOffset, definition }, ...inner];
}
/** The uses overlapping [from, to) of a piece, moved to start at index `at` of the word being built. */
function clip(uses, from, to, at) {
    return uses
        .filter((u) => u.end > from && u.start < to)
        .map((u) => ({ ...u, start: at + Math.max(u.start, from) - from, end: at + Math.min(u.end, to) - from }));
}
function shellExpansions(word) {
    return (word.expansions ?? []).map((e) => ({ start: e.start, end: e.end, name: e.name, split: !e.quoted, fallback: e.fallback }));
}
/** systemd: `${NAME}` (and `${NAME:-word}`) anywhere, `$NAME` only as the whole word (split at whitespace). */
function systemdExpansions(word) {
    const whole = /^\$([A-Za-z_][A-Za-z0-9_]*)$/.exec(word.text);
    if (whole)
        return [{ start: 0, end: word.text.length, name: whole[1], split: true }];
    const out = [];
    for (const m of word.text.matchAll(/\$\{([A-Za-z_][A-Za-z0-9_]*)(?:(:?)-([^}]*))?\}/g)) {
        const start = m.index ?? 0;
        const f = { start, end: start + m[0].length, name: m[1], split: false };
        if (m[3] !== undefined) {
            const from = start + 2 + m[1].length + m[2].length + 1;
            f.fallback = { start: from, end: from + m[3].length, emptyToo: m[2] === ':' };
        }
        out.push(f);
    }
    return out;
}
/**
 * Kubernetes `$(NAME)` expansion of one command/args item or env value (expand.go Expand): `$$` is an escaped
 * `$`, `$(NAME)` of a known name is its value, an unknown name stays as written. `lookup` answers 'unset' for a
 * name the container does not define.
 */
function variables_substituteKubernetes(word, lookup) {
    if (!word.text.includes('$'))
        return { kind: 'words', words: [word] };
    let text = '';
    const offsets = [];
    const via = [];
    const unresolved = [];
    let changed = false;
    let endOffset = word.offsets[word.text.length];
    const t = word.text;
    for (let i = 0; i < t.length; i++) {
        if (t[i] === '$' && t[i + 1] === '$') {
            text += '$';
            offsets.push(word.offsets[i + 1]);
            i++;
            changed = true;
            continue;
        }
        const m = t[i] === '$' && t[i + 1] === '(' ? /^\$\(([A-Za-z_][A-Za-z0-9_.-]*)\)/.exec(t.slice(i)) : null;
        if (m) {
            const state = lookup(m[1]);
            if (state.kind === 'value') {
                const start = text.length;
                text += state.value.text;
                offsets.push(...state.value.offsets.slice(0, state.value.text.length));
                via.push(...usesOf(m[1], state.value, word.offsets[i], start));
                i += m[0].length - 1;
                changed = true;
                if (i === t.length - 1)
                    endOffset = state.value.offsets[state.value.text.length];
                continue;
            }
            if (state.kind === 'unknown')
                unresolved.push({ name: m[1], written: m[0], reason: state.reason, useOffset: word.offsets[i], definitionOffsets: state.definitionOffsets });
        }
        text += t[i];
        offsets.push(word.offsets[i]);
    }
    if (unresolved.length > 0)
        return { kind: 'unresolved', unresolved };
    if (!changed)
        return { kind: 'words', words: [word] };
    const out = { text, offsets: [...offsets, endOffset], via, written: word };
    if (word.tag !== undefined)
        out.tag = word.tag;
    return { kind: 'words', words: [out] };
}

;// CONCATENATED MODULE: ./src/formats/flags/3-invocation-that-runs.ts
// Which control-plane invocation of a shell script (or an `sh -c` string, or a systemd unit) actually runs.
//
// A script may name kube-apiserver several times: a decoy after `false &&`, a branch of `if false; then … fi`, a
// line after `exec` (the shell is replaced, nothing after it runs), `kube-apiserver --version`. Reading the first
// one pairs the wrong command with the old side. This module walks the script's commands in order with a small
// model of POSIX sh control flow (XCU 2.9 "Shell Commands": lists, `&&`/`||`, if/while/until/for/case, `{ }`,
// `( )`, functions, `exec`, `exit`) and marks each command as running, maybe running, or never running. It then
// picks, per component, the invocation that runs; when several may run with different Service ranges it says so
// (the reader reports it as unreadable at level error) instead of guessing.
//
// Only literal `true`/`:`/`false` (and their /bin paths) are evaluated; any other condition makes what it guards
// "maybe". Variables assigned in the script are substituted into the commands that follow (variables.ts): the
// program word (`exec "$BIN" …`) and the flags (`--service-cluster-ip-range="${SVC_RANGE}"`). The value is the
// last assignment before the command in straight-line code; an assignment in a branch, a loop, a function or a
// subshell, from a command substitution, by `read`/`for`, or after a `source`/`eval` leaves the value unknown,
// and the word stays as written with the reason (the settings layer fails closed on it). Positional parameters
// `"$@"`/`$1…` are substituted when known (the operands after the command string of `sh -c 'script' name arg…`,
// POSIX sh: "the first operand is assigned to $0, the rest to the positional parameters").



const TRUE_WORDS = new Set(['true', ':', '/bin/true', '/usr/bin/true']);
const FALSE_WORDS = new Set(['false', '/bin/false', '/usr/bin/false']);
/** Arguments that make the program print and exit at once (cobra's --help, component-base's --version). */
const EXITS_AT_ONCE = /^(--version(=.*)?|--help|-h)$/;
const NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;
/** Builtins that assign the `NAME=value` words after their options (bash: declare, typeset, local; POSIX: export, readonly). */
const DECLARES = new Set(['export', 'readonly', 'local', 'declare', 'typeset']);
/** The part of a word from index `from` on (an assignment's value), with its expansions re-indexed. */
function valuePart(word, from) {
    const out = { text: word.text.slice(from), offsets: word.offsets.slice(from) };
    const expansions = word.expansions
        ?.filter((e) => e.start >= from)
        .map((e) => ({
        ...e,
        start: e.start - from,
        end: e.end - from,
        fallback: e.fallback && { ...e.fallback, start: e.fallback.start - from, end: e.fallback.end - from },
    }));
    if (expansions?.length)
        out.expansions = expansions;
    return out;
}
/** Combines an enclosing status with an inner one: dead wins, then maybe. */
function worst(a, b) {
    if (a === 'dead' || b === 'dead')
        return 'dead';
    if (a === 'maybe' || b === 'maybe')
        return 'maybe';
    return 'runs';
}
/** The exit status a literal command certainly has (0/1), or null when it cannot be told. */
function literalResult(argv) {
    if (argv.length === 0)
        return null;
    const w = argv[0].text;
    if (argv.length === 1 && TRUE_WORDS.has(w))
        return 0;
    if (argv.length === 1 && FALSE_WORDS.has(w))
        return 1;
    // `[ 1 = 0 ]`, `test 1 = 0`: two literal operands compared.
    const t = w === '[' && argv[argv.length - 1]?.text === ']' ? argv.slice(1, -1) : w === 'test' ? argv.slice(1) : null;
    if (t && t.length === 3 && (t[1].text === '=' || t[1].text === '!=') && !/[$`]/.test(t[0].text + t[2].text)) {
        const equal = t[0].text === t[2].text;
        return (t[1].text === '=') === equal ? 0 : 1;
    }
    return null;
}
/** Walks the commands of one script in order. */
class ShellRunWalker {
    positional;
    depth;
    environment;
    frames = [];
    /** What each variable assigned so far holds, and every assignment that may be the live one. */
    vars = new Map();
    /** A `source`/`.`/`eval` that ran (or may have): it may set any variable (file offset of the command). */
    sourcedAt = null;
    /** The shell was replaced (`exec program`) or left (`exit`) unconditionally: nothing later runs. */
    ended = false;
    /** `set -e`: a command that certainly fails, outside a condition or an and-or list, ends the script. */
    errexit = false;
    /** The command being read is the condition of if/elif/while/until (set -e does not apply to it). */
    condition = false;
    /** The command being read is negated with `!`. */
    negated = false;
    /**
     * A command that may have replaced or left the shell ran in a branch (a conditional `exec`, a call of a
     * function of the script): everything after it may not run.
     */
    uncertain = false;
    functions = new Set();
    invocations = [];
    /** Every command that may run, with variables substituted (read by other programs' readers: k3s-server-flags.ts). */
    commands = [];
    constructor(positional = null, depth = 0, 
    /** Variables the script inherits (a container's env for `sh -c`); by default none is known. */
    environment = () => ({ kind: 'unset' })) {
        this.positional = positional;
        this.depth = depth;
        this.environment = environment;
    }
    /** What `name` holds at this point of the script. */
    lookup = (name) => {
        const v = this.vars.get(name);
        if (this.sourcedAt !== null) {
            return {
                kind: 'unknown',
                reason: 'a file sourced (or a string eval-ed) earlier may set it',
                definitionOffsets: [...(v?.definitions ?? []), this.sourcedAt],
            };
        }
        return v ? v.state : this.environment(name);
    };
    /** Records an assignment `name=value` (value as written) read with `status`. */
    assign(name, value, status) {
        if (status === 'dead')
            return;
        const definition = value.offsets[0];
        const previous = this.vars.get(name)?.definitions ?? [];
        const nested = this.frames.some((f) => f.kind === 'subshell' || f.kind === 'function');
        if (status !== 'runs' || nested) {
            const reason = nested ? 'it is assigned in a function or a subshell' : 'it is assigned in a branch or a loop, which may not run';
            this.vars.set(name, {
                state: { kind: 'unknown', reason, definitionOffsets: [...previous, definition] },
                definitions: [...previous, definition],
            });
            return;
        }
        // No field splitting in an assignment (XCU 2.9.1): every expansion counts as quoted.
        const asQuoted = { ...value, expansions: value.expansions?.map((e) => ({ ...e, quoted: true })) };
        const r = substituteWord(asQuoted, this.lookup, 'shell');
        if (r.kind === 'unresolved') {
            const names = r.unresolved.map((u) => u.name).join(', ');
            const from = r.unresolved.flatMap((u) => u.definitionOffsets);
            this.vars.set(name, {
                state: {
                    kind: 'unknown',
                    reason: `its value comes from ${names}, which cannot be resolved here (${r.unresolved[0].reason})`,
                    definitionOffsets: [...from, definition],
                },
                definitions: [definition],
            });
            return;
        }
        const word = r.words[0] ?? { text: '', offsets: [definition, definition] };
        this.vars.set(name, { state: { kind: 'value', value: word, definitionOffset: definition }, definitions: [definition] });
    }
    /** A variable set to something unknown (`read`, a `for` loop variable) at `offset`. */
    unknown(name, reason, offset, status) {
        if (status === 'dead')
            return;
        const previous = status === 'runs' ? [] : (this.vars.get(name)?.definitions ?? []);
        this.vars.set(name, { state: { kind: 'unknown', reason, definitionOffsets: [...previous, offset] }, definitions: [...previous, offset] });
    }
    status() {
        if (this.ended)
            return 'dead';
        let s = this.uncertain ? 'maybe' : 'runs';
        for (const f of this.frames)
            s = worst(s, f.status);
        return s;
    }
    /** Feeds the tokens of one or more complete lines (tokenizeShell output). */
    feed(tokens) {
        // Result of the previous command of the current and-or list, for `&&` / `||`.
        let prev = null;
        for (const { argv: raw, before, after } of splitCommandsWithOperators(tokens)) {
            let argv = raw;
            // Subshells and the `)` of case patterns; `;;` ends a case item, the next words up to `)` are a pattern.
            const top = this.frames[this.frames.length - 1];
            if (top?.kind === 'case' && before.includes(';;'))
                top.inPattern = true;
            if (before.endsWith('(') && !(top?.kind === 'case' && top.inPattern))
                this.frames.push({ kind: 'subshell', status: 'runs' });
            if (top?.kind === 'case' && top.inPattern && after === ')') {
                top.inPattern = false;
                top.status = 'maybe';
                continue;
            }
            let chain = 'runs';
            const andOr = before.endsWith('&&') ? '&&' : before.endsWith('||') ? '||' : null;
            if (andOr) {
                if (prev === null || prev.result === null)
                    chain = 'maybe';
                else
                    chain = (andOr === '&&') === (prev.result === 0) ? 'runs' : 'dead';
            }
            else {
                prev = null;
            }
            this.condition = false;
            this.negated = false;
            argv = this.keywords(argv, chain);
            if (argv.length === 0) {
                if (after === ')')
                    this.closeSubshell();
                continue;
            }
            // `name() {` / `name ( ) {`: a function body runs only when called.
            if (after === '(' && argv.length === 1 && NAME.test(argv[0].text)) {
                this.functions.add(argv[0].text);
                this.frames.push({ kind: 'function', status: 'maybe' });
                continue;
            }
            const status = worst(this.status(), chain);
            const own = literalResult(argv);
            const result = status === 'dead' ? (prev?.result ?? null) : own === null || !this.negated ? own : own === 0 ? 1 : 0;
            prev = { result, status };
            this.command(argv, status, after);
            // POSIX set -e: the shell exits when a command fails, except in a condition, in an and-or list before its
            // last command, or after `!`.
            const inList = andOr !== null || after === '&&' || after === '||';
            const nested = this.frames.some((f) => f.kind === 'subshell' || f.kind === 'function');
            if (this.errexit && result === 1 && status === 'runs' && !this.condition && !inList && !nested) {
                this.ended = true;
            }
            if (after === ')')
                this.closeSubshell();
        }
    }
    closeSubshell() {
        const i = this.frames.map((f) => f.kind).lastIndexOf('subshell');
        if (i >= 0)
            this.frames.length = i;
    }
    /** Applies leading reserved words (`if`, `then`, `fi`, `do`, `{`, …); returns the rest of the command. */
    keywords(argv, chain) {
        let i = 0;
        for (; i < argv.length; i++) {
            const w = argv[i].text;
            const top = this.frames[this.frames.length - 1];
            if (w === 'if' || w === 'while' || w === 'until') {
                const rest = argv.slice(i + 1);
                const r = literalResult(rest);
                if (w === 'if') {
                    const pending = r === 0 ? 'runs' : r === 1 ? 'dead' : 'maybe';
                    this.frames.push({ kind: 'if', status: 'runs', pending, taken: false, allFalse: r === 1 });
                }
                else {
                    const runsOnce = w === 'while' ? r === 0 : r === 1;
                    const never = w === 'while' ? r === 1 : r === 0;
                    this.frames.push({ kind: 'loop', status: 'runs', pending: never ? 'dead' : runsOnce ? 'runs' : 'maybe', until: w === 'until' });
                }
                // The condition itself is a command of the enclosing list.
                this.condition = true;
                return rest;
            }
            if (w === 'elif' && top?.kind === 'if') {
                const rest = argv.slice(i + 1);
                const r = literalResult(rest);
                // The elif condition runs only when no earlier branch was taken.
                const cond = top.taken ? 'dead' : top.allFalse ? 'runs' : 'maybe';
                top.status = cond;
                top.pending = worst(cond, r === 0 ? 'runs' : r === 1 ? 'dead' : 'maybe');
                if (r !== 1)
                    top.allFalse = false;
                this.condition = true;
                return rest;
            }
            if (w === 'then' && top?.kind === 'if') {
                top.status = top.pending ?? 'maybe';
                if (top.status === 'runs')
                    top.taken = true;
                continue;
            }
            if (w === 'else' && top?.kind === 'if') {
                top.status = top.taken ? 'dead' : top.allFalse ? 'runs' : 'maybe';
                continue;
            }
            if (w === 'fi' && top?.kind === 'if') {
                this.frames.pop();
                continue;
            }
            if (w === 'for' || w === 'select') {
                const name = argv[i + 1];
                if (name && NAME.test(name.text))
                    this.unknown(name.text, `it is the variable of a ${w} loop`, name.offsets[0], 'maybe');
                this.frames.push({ kind: 'loop', status: 'runs', pending: 'maybe' });
                return [];
            }
            if (w === 'do' && top?.kind === 'loop') {
                top.status = top.pending ?? 'maybe';
                continue;
            }
            if (w === 'done' && top?.kind === 'loop') {
                this.frames.pop();
                continue;
            }
            if (w === 'case') {
                this.frames.push({ kind: 'case', status: 'maybe', inPattern: true });
                return [];
            }
            if (w === 'esac' && top?.kind === 'case') {
                this.frames.pop();
                continue;
            }
            if (w === 'function' && argv[i + 1] && NAME.test(argv[i + 1].text)) {
                this.functions.add(argv[i + 1].text);
                this.frames.push({ kind: 'function', status: 'maybe' });
                return [];
            }
            if (w === '{') {
                // `{` after `name()` opens the function body pushed already; otherwise a group (runs as its list).
                if (top?.kind === 'function' && !top.open)
                    top.open = true;
                else
                    this.frames.push({ kind: 'group', status: chain === 'runs' ? 'runs' : chain });
                continue;
            }
            if (w === '}' && (top?.kind === 'group' || top?.kind === 'function')) {
                this.frames.pop();
                continue;
            }
            if (w === '!') {
                this.condition = true; // set -e ignores a negated command
                this.negated = !this.negated;
                continue;
            }
            break;
        }
        return argv.slice(i);
    }
    command(argv, status, after) {
        // `NAME=value` alone: an assignment of the shell; `export`/`readonly`/`local`/`declare`/`typeset NAME=value`
        // too (their options and bare names, `export NAME`, set nothing).
        const declares = DECLARES.has(argv[0].text);
        const words = declares ? argv.slice(1).filter((a) => !/^[-+][A-Za-z]+$/.test(a.text) && !NAME.test(a.text)) : argv;
        if ((declares || words.length > 0) && words.every((a) => /^[A-Za-z_][A-Za-z0-9_]*=/.test(a.text))) {
            for (const a of words) {
                const eq = a.text.indexOf('=');
                this.assign(a.text.slice(0, eq), valuePart(a, eq + 1), status);
            }
            return;
        }
        const w0 = argv[0].text;
        if (w0 === 'unset' && status !== 'dead') {
            for (const a of argv.slice(1)) {
                if (!NAME.test(a.text))
                    continue;
                if (status === 'runs')
                    this.vars.set(a.text, { state: { kind: 'unset' }, definitions: [] });
                else
                    this.unknown(a.text, 'it is unset in a branch or a loop, which may not run', a.offsets[0], status);
            }
        }
        if (w0 === 'read' && status !== 'dead') {
            for (const a of argv.slice(1))
                if (NAME.test(a.text))
                    this.unknown(a.text, 'it is read from input when the script runs', a.offsets[0], status);
        }
        if ((w0 === 'source' || w0 === '.' || w0 === 'eval') && status !== 'dead' && this.sourcedAt === null)
            this.sourcedAt = argv[0].offsets[0];
        if (argv[0].text === 'set' && status !== 'dead') {
            const args = argv.slice(1).map((a) => a.text);
            if (args.some((a, k) => /^-[A-Za-z]*e/.test(a) || (a === '-o' && args[k + 1] === 'errexit')))
                this.errexit = true;
            if (args.some((a, k) => /^\+[A-Za-z]*e/.test(a) || (a === '+o' && args[k + 1] === 'errexit')))
                this.errexit = false;
        }
        const expanded = this.expand(argv);
        if (status !== 'dead')
            this.commands.push({ argv: expanded, status });
        for (const inv of findInvocations(expanded, this.depth)) {
            if (inv.args.some((a) => EXITS_AT_ONCE.test(a.text)))
                continue;
            this.invocations.push({ ...inv, status });
        }
        // `exec program …` replaces the shell and `exit` leaves it: later commands never run (when this one surely
        // runs, at the top level of the script, not in a subshell or in the background).
        const w = argv[0].text;
        const replaces = (w === 'exec' && execsProgram(argv.slice(1))) || w === 'exit';
        const detached = after === '&' || after === '|' || this.frames.some((f) => f.kind === 'subshell' || f.kind === 'function');
        if (replaces && status === 'runs' && !detached)
            this.ended = true;
        else if (replaces && status === 'maybe' && !detached)
            this.uncertain = true;
        // A function of the script may exec or exit: what follows its call may not run.
        if (status !== 'dead' && this.functions.has(w))
            this.uncertain = true;
    }
    /**
     * Substitutes positional parameters and the variables assigned in reach (variables.ts); a word with a
     * variable that cannot be resolved stays as written, carrying the reason (`unresolved`).
     */
    expand(argv) {
        const out = [];
        for (const a of argv) {
            const pos = /^\$(?:\{)?([@*]|[1-9])(?:\})?$/.exec(a.text);
            if (pos && this.positional) {
                if (pos[1] === '@' || pos[1] === '*')
                    out.push(...this.positional);
                else {
                    const p = this.positional[Number(pos[1]) - 1];
                    if (p)
                        out.push(p);
                }
                continue;
            }
            const r = substituteWord(a, this.lookup, 'shell');
            if (r.kind === 'words')
                out.push(...r.words);
            else
                out.push({ ...a, unresolved: r.unresolved });
        }
        return out;
    }
}
/** `exec` with a program (not only redirections such as `exec >log 2>&1`, which keep the shell). */
function execsProgram(args) {
    for (let i = 0; i < args.length; i++) {
        const t = args[i].text;
        if (/^[0-9]*(<|>|>>|<>|>\||<&|>&)$/.test(t)) {
            i++; // the redirection's target is the next word
            continue;
        }
        if (/^[0-9]*[<>]/.test(t))
            continue;
        return true;
    }
    return false;
}
/**
 * Per component, the invocation that runs. Dead ones are dropped. When several remain and they read the same
 * Service range, the last is kept; when they differ, the last is kept and marked `ambiguity` (the reader turns it
 * into a blocking unreadable finding rather than guess).
 */
function resolveRunning(all, lineOf) {
    const live = all.filter((i) => i.status !== 'dead');
    const out = [];
    for (const component of ['kube-apiserver', 'kube-controller-manager']) {
        const mine = live.filter((i) => i.component === component);
        if (mine.length === 0)
            continue;
        const last = mine[mine.length - 1];
        const { status: _status, ...inv } = last;
        const ranges = new Set(mine.map((i) => rangeKey(i)));
        if (mine.length > 1 && ranges.size > 1) {
            const lines = mine.map((i) => lineOf(i.program.offsets[0]));
            inv.ambiguity =
                `${mine.length} invocations of ${component} may run here (lines ${lines.join(', ')}) with different ` +
                    '--service-cluster-ip-range values, and which one runs cannot be told without running the script';
        }
        out.push(inv);
    }
    return out;
}
function rangeKey(inv) {
    const r = readFlag(inv.args, 'service-cluster-ip-range');
    return `${r.last?.value ?? ''}|${r.opaqueAfter.map((a) => a.text).join(' ')}|${r.singleDash?.text ?? ''}|${r.missingValue ? 'missing' : ''}`;
}

;// CONCATENATED MODULE: ./src/formats/flags/2b-find-invocations.ts
// Step 2b of the flag readers: which control-plane program an argv runs (kube-apiserver, kube-controller-manager,
// hyperkube's sub-commands, through wrappers and `sh -c`), and the value pflag gives one of its flags. The argv
// comes from step 2a (2a-tokenise-shell.ts) or from YAML items (2-yaml-args.ts); which of several invocations
// actually runs is step 3 (3-invocation-that-runs.ts).
//
// Flag syntax follows spf13/pflag, which kube-apiserver and kube-controller-manager parse with (through cobra and
// k8s.io/component-base/cli/run.go):
//   --flag=value, --flag value (two items; pflag takes the next argument for a non-boolean flag even when it
//   starts with "-"), the last occurrence wins (pflag calls Value.Set again; a string flag keeps the last value),
//   "--" ends flag parsing (spf13/pflag flag.go parseArgs), and "_" in a flag name is read as "-"
//   (component-base/cli/flag WordSepNormalizeFunc, installed by cli.Run via SetGlobalNormalizationFunc).
// A single dash is NOT a long flag in pflag: "-service-cluster-ip-range=x" is parsed as the shorthand cluster
// "s", "e", ... and fails with `unknown shorthand flag: 's' in -service-cluster-ip-range=x`
// (spf13/pflag flag.go parseSingleShortArg), so the component refuses to start. It is reported, not read.


/** Nesting of `sh -c "…"` wrappers followed before giving up (a wrapper inside a wrapper is already rare). */
const MAX_SHELL_NESTING = 3;
// ---------------------------------------------------------------- program identification
/** Words that run the next word as the program (`exec kube-apiserver …`, `sudo -E kube-apiserver …`). */
const WRAPPERS = new Set(['exec', 'sudo', 'nohup', 'env', 'time', 'command', 'nice', 'ionice', 'setsid', 'stdbuf']);
const _2b_find_invocations_SHELLS = new Set(['sh', 'bash', 'dash', 'ash', 'ksh', 'zsh']);
/** The program's base name: any directory prefix (POSIX or Windows) and a Windows `.exe` suffix dropped. */
function programName(word) {
    const base = word.replace(/^.*[\\/]/, '');
    return base.replace(/\.exe$/i, '');
}
/** kube-apiserver / kube-controller-manager by program name, including hyperkube's sub-command names. */
function componentOf(name) {
    if (name === 'kube-apiserver')
        return 'kube-apiserver';
    if (name === 'kube-controller-manager')
        return 'kube-controller-manager';
    return null;
}
/**
 * hyperkube (the all-in-one binary up to Kubernetes 1.18, kubernetes/kubernetes cmd/hyperkube) dispatches on its
 * first argument; both the short (`apiserver`, `controller-manager`) and the long names were accepted.
 */
function hyperkubeComponent(sub) {
    if (sub === 'apiserver' || sub === 'kube-apiserver')
        return 'kube-apiserver';
    if (sub === 'controller-manager' || sub === 'kube-controller-manager')
        return 'kube-controller-manager';
    return null;
}
/**
 * The control-plane programs one argv runs. Only kube-apiserver and kube-controller-manager count: other
 * programs that take a flag of the same name (kube-router, kube-ovn, …) consume the range, they do not set it.
 */
function findInvocations(argv, depth = 0, environment) {
    let i = 0;
    // Leading `NAME=value` assignments and wrappers (with their options) do not change the program.
    for (;;) {
        const w = argv[i]?.text;
        if (w === undefined)
            return [];
        if (/^[A-Za-z_][A-Za-z0-9_]*=/.test(w))
            i++;
        else if (WRAPPERS.has(programName(w))) {
            i++;
            while (argv[i]?.text.startsWith('-'))
                i++;
        }
        else
            break;
    }
    const program = argv[i];
    // A URL is data (a download of the binary, `curl -LO https://dl.k8s.io/…/kube-apiserver` split over lines), never
    // the program that runs; `command -v kube-apiserver` / `-V` only looks the program up.
    if (/^[A-Za-z][A-Za-z0-9+.-]*:\/\//.test(program.text))
        return [];
    const lookup = argv.slice(0, i).some((a, k) => a.text === 'command' && /^-[vV]+$/.test(argv[k + 1]?.text ?? ''));
    if (lookup)
        return [];
    const name = programName(program.text);
    const direct = componentOf(name);
    if (direct)
        return [{ component: direct, program, args: argv.slice(i + 1) }];
    if (name === 'hyperkube') {
        const sub = argv[i + 1];
        const component = sub ? hyperkubeComponent(sub.text) : null;
        return component && sub ? [{ component, program: sub, args: argv.slice(i + 2) }] : [];
    }
    if (_2b_find_invocations_SHELLS.has(name) && depth < MAX_SHELL_NESTING) {
        // `sh -c 'script'`, `bash -ec "…"`, `sh -e -c …`: the first operand after an option cluster holding `c`
        // is the script (POSIX sh: "-c  Read commands from the command_string operand").
        let j = i + 1;
        let hasC = false;
        while (argv[j] && /^[-+][A-Za-z]+$/.test(argv[j].text)) {
            if (argv[j].text.startsWith('-') && argv[j].text.includes('c'))
                hasC = true;
            j++;
        }
        const script = argv[j];
        if (!hasC || !script)
            return [];
        // The operands after the command string are $0, $1, … of the script (POSIX sh -c); which invocation of the
        // script runs is decided by src/formats/flags/3-invocation-that-runs.ts (the last `exec`, not a decoy after `false &&`).
        // The script sees the variables of its environment (a container's env: issue 13).
        const walker = new ShellRunWalker(argv.slice(j + 2), depth + 1, environment);
        walker.feed(tokenizeShell(script.text, script.offsets));
        return resolveRunning(walker.invocations, (offset) => offset);
    }
    return [];
}
/**
 * Flags of kube-apiserver and kube-controller-manager that take no separate value (bool flags, and the
 * component-base --version flag whose NoOptDefVal is "true"), from their --help output. A flag not listed here
 * is read as taking the next argument, as pflag does for every non-boolean flag.
 */
const BOOLEAN_FLAGS = new Set([
    'add-dir-header',
    'allocate-node-cidrs',
    'allow-privileged',
    'alsologtostderr',
    'anonymous-auth',
    'audit-log-compress',
    'audit-log-truncate-enabled',
    'audit-webhook-truncate-enabled',
    'configure-cloud-routes',
    'contention-profiling',
    'disable-http2-serving',
    'enable-aggregator-routing',
    'enable-bootstrap-token-auth',
    'enable-dynamic-provisioning',
    'enable-garbage-collector',
    'enable-hostpath-provisioner',
    'enable-logs-handler',
    'enable-priority-and-fairness',
    'enable-swagger-ui',
    'enable-taint-manager',
    'help',
    'h',
    'kubelet-https',
    'leader-elect',
    'logtostderr',
    'one-output',
    'permit-address-sharing',
    'permit-port-sharing',
    'profiling',
    'service-account-extend-token-expiration',
    'service-account-lookup',
    'skip-headers',
    'skip-log-headers',
    'use-service-account-credentials',
    'version',
    'watch-cache',
]);
function normalizeName(name) {
    return name.replace(/_/g, '-');
}
/** Reads one string flag from the arguments after the program, with pflag's rules (see the file header). */
function readFlag(args, flagName) {
    const reading = { opaqueAfter: [] };
    for (let i = 0; i < args.length; i++) {
        const arg = args[i];
        const t = arg.text;
        if (t === '--')
            break;
        if (arg.opaque) {
            reading.opaqueAfter.push(arg);
            continue;
        }
        if (t.startsWith('--')) {
            const eq = t.indexOf('=');
            const name = normalizeName(eq < 0 ? t.slice(2) : t.slice(2, eq));
            if (name !== flagName) {
                // pflag gives a non-boolean flag written without "=" the next argument as its value, whatever it looks
                // like (spf13/pflag flag.go parseLongArg: `len(a) > 0` → `value = a[0]; a = a[1:]`): in
                // `--etcd-servers --service-cluster-ip-range=x` the range flag is etcd-servers' value, not a flag.
                // Boolean flags (NoOptDefVal set) do not take it; the others of these components are not boolean.
                if (eq < 0 && !BOOLEAN_FLAGS.has(name) && i + 1 < args.length && !args[i + 1].opaque)
                    i++;
                continue;
            }
            if (eq >= 0) {
                reading.last = {
                    flag: arg,
                    value: t.slice(eq + 1),
                    valueArg: arg,
                    valueIndex: eq + 1,
                    valueStart: arg.offsets[eq + 1],
                    valueEnd: arg.offsets[t.length],
                    form: 'equals',
                };
            }
            else if (i + 1 < args.length) {
                const next = args[++i];
                reading.last = {
                    flag: arg,
                    value: next.text,
                    valueArg: next,
                    valueIndex: 0,
                    valueStart: next.offsets[0],
                    valueEnd: next.offsets[next.text.length],
                    form: 'separate',
                };
            }
            else {
                reading.missingValue = arg;
                continue;
            }
            reading.opaqueAfter = [];
            reading.missingValue = undefined;
        }
        else if (t.startsWith('-') && t.length > 1) {
            const eq = t.indexOf('=');
            const name = normalizeName(eq < 0 ? t.slice(1) : t.slice(1, eq));
            if (name === flagName)
                reading.singleDash = arg;
        }
    }
    return reading;
}

;// CONCATENATED MODULE: ./src/formats/toolkit/templates.ts
// Template and variable syntaxes that hide a value until something renders the file, in one place for every
// format: Helm/Go and Jinja `{{ }}` / `{% %}`, shell, envsubst and Terraform `${…}` (also `${VAR:=default}`),
// Terraform directives `%{ }`, Kubernetes container `$(VAR)` expansion, bare `$VAR` (envsubst, heredocs),
// makejinja `#{ }#`, sed-style `<placeholder>` and `__PLACEHOLDER__`. None of these characters can occur in a CIDR
// list, so a hit in a range value is never a false alarm on a literal range. Unclosed expressions (a value cut
// by a line break) count too.
const TEMPLATE_PATTERNS = [
    /\{\{[\s\S]*?(\}\}|$)/,
    /\{%[\s\S]*?(%\}|$)/,
    /\$\{[^}]*\}?/,
    /%\{[^}]*\}?/,
    /\$\([^)]*\)?/,
    /\$[A-Za-z_][A-Za-z0-9_]*/,
    /#\{[\s\S]*?(\}#|$)/,
    /<[A-Za-z_][^<>]*>/,
    /__[A-Za-z0-9_]+__/,
];
/** The first (leftmost) template expression in a text, or null when the text is literal. */
function findTemplateExpression(text) {
    let best = null;
    for (const re of TEMPLATE_PATTERNS) {
        const m = re.exec(text);
        if (m && (best === null || m.index < best.index))
            best = { index: m.index, text: m[0] };
    }
    return best ? best.text : null;
}

;// CONCATENATED MODULE: ./src/formats/toolkit/upstream-defaults.ts
// The two upstream defaults several formats fall back to, defined once (SPEC §2). Distribution defaults that
// happen to share a value (k0s, Talos: 10.96.0.0/12) stay in their own files, each citing its own source.
/** kubeadm's default Service subnet: cmd/kubeadm/app/apis/kubeadm/v1beta4/defaults.go DefaultServiceSubnet. */
const KUBEADM_DEFAULT_SERVICE_SUBNET = '10.96.0.0/12';
/**
 * kube-apiserver's range when `--service-cluster-ip-range` is absent or empty: getServiceIPAndRanges() treats ""
 * as "nothing provided by user" and falls back to DefaultServiceIPCIDR = 10.0.0.0/24
 * (kubernetes/kubernetes pkg/kubeapiserver/options/options.go, applied in pkg/controlplane ServiceIPRange).
 */
const APISERVER_DEFAULT_SERVICE_RANGE = '10.0.0.0/24';

;// CONCATENATED MODULE: ./src/formats/flags/4-invocation-settings.ts
// Turns one control-plane invocation (program + arguments, from a manifest or a text carrier) into Settings and
// Problems with the defaults already resolved, so the classifier never needs to know where a flag came from.




const SERVICE_RANGE_FLAG = 'service-cluster-ip-range';
const CLUSTER_CIDR_FLAG = 'cluster-cidr';
const ADVERTISE_ADDRESS_FLAG = 'advertise-address';
/** Settings of one cluster config share a group: the manifests (or units) of one node directory. */
function controlPlaneGroup(filePath) {
    return `manifest-dir:${external_node_path_default().posix.dirname(filePath.replace(/\\/g, '/'))}`;
}
function spanOf(ctx, start, end) {
    return ctx.source.span(start, end);
}
function argSpan(ctx, arg) {
    return spanOf(ctx, arg.offsets[0], arg.offsets[arg.text.length]);
}
function flagProblem(ctx, at, flag, message, hidesRange) {
    const p = ctx.source.position(at.offsets[0]);
    const problem = { line: p.line, column: p.column, message, setting: `--${flag}`, format: ctx.format };
    if (hidesRange)
        problem.hidesRange = true;
    return problem;
}
/**
 * A value some variable of the file failed to resolve (variables.ts): the flag is hidden, and the lines of the
 * variable's assignments touch it as much as the flag's own line (SPEC §9 "a variable that cannot be resolved").
 */
function unresolvedProblem(ctx, inv, flag, arg, from, hidesRange) {
    const mine = (arg.unresolved ?? []).filter((u) => u.useOffset >= arg.offsets[from]);
    if (mine.length === 0)
        return null;
    const lineOf = (offset) => ctx.source.position(offset).line;
    const u = mine[0];
    const lines = [...new Set(mine.flatMap((x) => x.definitionOffsets).map(lineOf))].sort((a, b) => a - b);
    const shown = lines.length > 3 ? `${lines.slice(0, 3).join(', ')}, …` : lines.join(', ');
    const where = lines.length ? ` (set on line${lines.length > 1 ? 's' : ''} ${shown})` : '';
    const problem = flagProblem(ctx, { ...arg, offsets: [u.useOffset] }, flag, `--${flag} of ${programLabel(inv)} reads ${u.written}${where}, which cannot be resolved here: ${u.reason}`, hidesRange);
    if (lines.length)
        problem.reachedFrom = lines;
    return problem;
}
/**
 * Where a value that came through variables stands: at the definition when one variable's value is the whole
 * value (a change there is what changes it), else at the flag as written; the definitions, so that a change
 * can point at the one that changed (src/engine/change-checks.ts); and the text that names them.
 */
function throughVariables(ctx, inv, flag, occ) {
    return variablePath(ctx.source, `${programLabel(inv)} --${flag}`, occ.valueArg, occ.valueIndex, occ.form === 'equals');
}
/** throughVariables for any reader of substituted words (k3s-server-flags.ts too): `reader` names the flag. */
function variablePath(source, reader, arg, valueIndex, equals) {
    const ctx = { source };
    const occ = { valueIndex };
    const uses = (arg.via ?? []).filter((v) => v.end > occ.valueIndex);
    if (uses.length === 0)
        return null;
    const written = arg.written ?? arg;
    const from = equals ? written.text.indexOf('=') + 1 : 0;
    const use = source.span(written.offsets[Math.max(0, from)], written.offsets[written.text.length]);
    const lineOf = (offset) => ctx.source.position(offset).line;
    const reaches = `${reader} on line ${use.line}`;
    // The variables the flag reads directly (not those their values were built from) name the path.
    // (an outer use comes before the uses inside its value: variables.ts usesOf).
    const named = uses.filter((u, i) => !uses.some((o, k) => k < i && o.start <= u.start && o.end >= u.end));
    const names = [
        ...new Set(named.map((v) => (v.definition === null ? `the default of ${v.name}` : `${v.name} (line ${lineOf(v.definition.start)})`))),
    ];
    // "SVC_RANGE (line 3, which reaches kube-apiserver --service-cluster-ip-range on line 9)"
    const inner = [...new Set(uses.filter((u) => !named.includes(u) && u.definition).map((u) => `${u.name} on line ${lineOf(u.definition.start)}`))];
    const built = inner.length ? `built from ${inner.join(' and ')}, ` : '';
    const description = names.length === 1 && named[0].definition !== null
        ? `${named[0].name} (line ${lineOf(named[0].definition.start)}, ${built}which reaches ${reaches})`
        : `${names.join(' and ')} (${built}which reach${names.length === 1 ? 'es' : ''} ${reaches})`;
    const definitions = uses.flatMap((u) => u.definition ? [{ name: u.name, text: u.definition.text, span: source.span(u.definition.start, u.definition.end) }] : []);
    const reachedThrough = { variables: [...new Set(uses.map((v) => v.name))], use, description, definitions };
    const first = named[0];
    const whole = named.length === 1 && first.start <= occ.valueIndex && first.end >= arg.text.length;
    if (!whole || first.definition === null)
        return { span: use, reachedThrough };
    return { span: source.span(first.definition.start, first.definition.end), reachedThrough };
}
/**
 * The value pflag ends up with for one flag, or the reason it cannot be known statically. `defaultValue` is
 * used when the flag is absent/empty and a default applies (undefined = the flag then has no value).
 */
function resolveFlag(ctx, inv, flag, defaultValue, hidesRange) {
    const reading = readFlag(inv.args, flag);
    const program = programLabel(inv);
    if (reading.singleDash) {
        // spf13/pflag parseSingleShortArg: a single dash starts shorthand flags, so the process exits at start-up.
        const t = reading.singleDash.text;
        return {
            problem: flagProblem(ctx, reading.singleDash, flag, `${program} would not start: spf13/pflag reads "${t}" as shorthand flags (unknown shorthand flag: '${t[1]}' in ${t}); write --${flag}`, hidesRange),
        };
    }
    if (reading.missingValue) {
        return {
            problem: flagProblem(ctx, reading.missingValue, flag, `${program} would not start: flag needs an argument: --${flag}`, hidesRange),
        };
    }
    const last = reading.last;
    if (last) {
        const unresolved = unresolvedProblem(ctx, inv, flag, last.valueArg, last.valueIndex, hidesRange);
        if (unresolved)
            return { problem: unresolved };
        const raw = last.value;
        const expanded = ctx.expand ? ctx.expand(raw) : raw;
        const literal = ctx.literalReference;
        // Undefined `$(NAME)` references are literal text, not templates: mask them before looking for one.
        const masked = literal
            ? expanded.replace(/\$\(([A-Za-z_][A-Za-z0-9_]*)\)/g, (m, name) => (literal(name) ? 'x'.repeat(m.length) : m))
            : expanded;
        const template = findTemplateExpression(masked);
        if (template !== null) {
            const p = ctx.source.position(last.valueStart);
            // The value may stop inside the expression (an env value split on spaces); show it whole from the file.
            const lineEnd = ctx.source.text.indexOf('\n', last.valueStart);
            const rest = ctx.source.text.slice(last.valueStart, lineEnd < 0 ? undefined : lineEnd);
            const whole = findTemplateExpression(rest);
            const shown = whole !== null && whole.length > template.length && whole.startsWith(template) ? whole : template;
            const problem = {
                line: p.line,
                column: p.column,
                message: `--${flag} of ${program} is templated (${shown}): the value is only known after rendering`,
                setting: `--${flag}`,
                format: ctx.format,
            };
            if (hidesRange)
                problem.hidesRange = true;
            return { problem };
        }
        if (reading.opaqueAfter.length > 0)
            return opaqueProblem(ctx, reading, flag, program, hidesRange);
        const through = throughVariables(ctx, inv, flag, last);
        const span = through?.span ?? spanOf(ctx, last.valueStart, last.valueEnd);
        if (expanded !== '')
            return { value: { text: expanded, span, origin: 'explicit', ...(through ? { reachedThrough: through.reachedThrough } : {}) } };
        if (defaultValue === undefined)
            return {};
        return {
            value: {
                text: defaultValue,
                span: argSpan(ctx, last.flag),
                origin: 'default',
                defaultNote: `${program} default when --${flag} is empty`,
            },
        };
    }
    if (reading.opaqueAfter.length > 0)
        return opaqueProblem(ctx, reading, flag, program, hidesRange);
    if (defaultValue === undefined || !ctx.absentMeansDefault)
        return {};
    return {
        value: { text: defaultValue, span: ctx.defaultSpan, origin: 'default', defaultNote: `${program} default when --${flag} is absent` },
    };
}
/**
 * A whole-argument expansion after the last occurrence may carry the flag itself (systemd `$KUBE_API_ARGS` from an
 * EnvironmentFile, a Helm loop over extraArgs): the value the process gets is decided outside this file.
 */
function opaqueProblem(ctx, reading, flag, program, hidesRange) {
    const names = [...new Set(reading.opaqueAfter.map((a) => wholeExpression(ctx, a)))].join(', ');
    const problem = flagProblem(ctx, reading.opaqueAfter[0], flag, `--${flag} of ${program} may be set by ${names}, expanded outside this file; the effective value cannot be read`, hidesRange);
    // A variable of the file whose value cannot be resolved (assigned in a branch, from a command, an
    // EnvironmentFile=…): its assignments touch the hidden flags too.
    const unresolved = reading.opaqueAfter.flatMap((a) => a.unresolved ?? []);
    const lines = [...new Set(unresolved.flatMap((u) => u.definitionOffsets).map((o) => ctx.source.position(o).line))].sort((a, b) => a - b);
    if (lines.length)
        problem.reachedFrom = lines;
    return { problem };
}
/** The expression an argument starts, read whole from the file (a split word may hold only `{{`). */
function wholeExpression(ctx, arg) {
    const from = arg.offsets[0];
    const lineEnd = ctx.source.text.indexOf('\n', from);
    const whole = findTemplateExpression(ctx.source.text.slice(from, lineEnd < 0 ? undefined : lineEnd));
    return whole !== null && whole.length > arg.text.length && whole.startsWith(arg.text) ? whole : arg.text;
}
function programLabel(inv) {
    return inv.component;
}
/**
 * kube-apiserver and kube-controller-manager take no positional arguments: their cobra commands refuse any
 * non-empty one and exit ("%q does not take any arguments, got %q": kubernetes/kubernetes
 * cmd/kube-apiserver/app/server.go NewAPIServerCommand `Args`, cmd/kube-controller-manager/app/controllermanager.go
 * NewControllerManagerCommand `Args`). pflag stops reading flags at "--" (spf13/pflag flag.go parseArgs), so a
 * flag written after "--" is such an argument, not a flag. The first argument not starting with "-" is one too
 * (it cannot be the value of a flag before it); a CRLF script's lone "\r" after a line continuation is the
 * common case (bash reads `\<CR>` as an escaped CR and ends the command at the LF).
 * Later bare words are not judged: whether they are values depends on each flag's type (boolean or not).
 */
function positionalArguments(inv) {
    const dashes = inv.args.findIndex((a) => a.text === '--');
    const after = dashes < 0 ? [] : inv.args.slice(dashes + 1).filter((a) => a.text !== '' && !a.opaque);
    const first = inv.args[0];
    const bare = first && !first.opaque && first.text !== '' && !first.text.startsWith('-');
    const leading = bare && findTemplateExpression(first.text) === null ? [first] : [];
    const positional = [...leading, ...after];
    if (positional.length === 0)
        return null;
    const shown = positional.map((a) => JSON.stringify(a.text)).join(', ');
    const why = after.length > 0 ? ' (spf13/pflag reads every argument after "--" as a positional argument, not a flag)' : '';
    return `${inv.component} would not start: it takes no positional arguments and exits with "does not take any arguments, got ${shown}"${why}`;
}
/** Settings (service range, pod range, advertise address) of one invocation. */
function settingsFromInvocation(inv, ctx) {
    const settings = [];
    const problems = [];
    const subject = `${ctx.subjectPrefix}/${inv.component}`;
    const refused = inv.ambiguity ?? positionalArguments(inv);
    if (refused) {
        // The component would not start with these arguments, or which command runs cannot be told: no value is
        // read from it (reading one would compare the wrong command), and the reason blocks.
        const p = ctx.source.position(inv.program.offsets[0]);
        const setting = `--${SERVICE_RANGE_FLAG}`;
        problems.push({ line: p.line, column: p.column, message: refused, setting, format: ctx.format, hidesRange: true, blocking: true });
        return { settings, problems };
    }
    const add = (role, flag, r) => {
        if (r.problem)
            problems.push(r.problem);
        if (!r.value)
            return;
        const s = {
            format: ctx.format,
            subject,
            group: ctx.group,
            role,
            component: inv.component,
            setting: `--${flag}`,
            value: r.value.text,
            origin: r.value.origin,
            span: r.value.span,
            profile: 'apiserver',
        };
        if (ctx.kubernetesVersion)
            s.kubernetesVersion = ctx.kubernetesVersion;
        if (r.value.defaultNote)
            s.defaultNote = r.value.defaultNote;
        if (r.value.reachedThrough)
            s.reachedThrough = r.value.reachedThrough;
        settings.push(s);
    };
    if (inv.component === 'kube-apiserver') {
        add('service-range', SERVICE_RANGE_FLAG, resolveFlag(ctx, inv, SERVICE_RANGE_FLAG, APISERVER_DEFAULT_SERVICE_RANGE, true));
        // The advertise address only feeds the family check; a templated one (`$(MY_POD_IP)`, `__MASTER_IP__`)
        // is common and says nothing about the range, so it is skipped without a problem.
        const adv = resolveFlag(ctx, inv, ADVERTISE_ADDRESS_FLAG, undefined, false);
        if (adv.value)
            add('advertise-address', ADVERTISE_ADDRESS_FLAG, adv);
    }
    else {
        // kube-controller-manager reads --service-cluster-ip-range only to keep node pod CIDRs out of it (node IPAM,
        // kubernetes/kubernetes cmd/kube-controller-manager/app/core.go startNodeIpamController): absent = nothing
        // excluded, so there is no default to compare with.
        add('service-range', SERVICE_RANGE_FLAG, resolveFlag(ctx, inv, SERVICE_RANGE_FLAG, undefined, true));
        // --cluster-cidr is the pod range for the overlap check; templated pod ranges are skipped like addresses.
        const pods = resolveFlag(ctx, inv, CLUSTER_CIDR_FLAG, undefined, false);
        if (pods.value)
            add('pod-range', CLUSTER_CIDR_FLAG, pods);
    }
    return { settings, problems };
}

;// CONCATENATED MODULE: ./src/formats/toolkit/positions.ts
// Line/column arithmetic over a text, shared by every reader so that all positions agree: a line ends at '\n'
// (a CRLF's '\r' stays the last character of its line), as in the yaml LineCounter, git and GitHub.
/** 0-based offsets where each line starts. */
function lineStartsOf(text) {
    const starts = [0];
    for (let i = 0; i < text.length; i++)
        if (text.charCodeAt(i) === 10)
            starts.push(i + 1);
    return starts;
}
/** 0-based index of the line holding `offset` (binary search over `starts`). */
function lineIndexAt(starts, offset) {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
        const mid = (lo + hi + 1) >> 1;
        if (starts[mid] <= offset)
            lo = mid;
        else
            hi = mid - 1;
    }
    return lo;
}
/** 1-based line and column of `offset`. */
function positionAt(starts, offset) {
    const i = lineIndexAt(starts, offset);
    return { line: i + 1, column: offset - starts[i] + 1 };
}

;// CONCATENATED MODULE: ./src/formats/toolkit/yaml-source.ts
// One side of one file, as the extractors see it: the text and, parsed once on demand, its YAML documents
// with positions. Every extractor reads the same Source, so a file is parsed at most once per side.




class Source {
    path;
    directory;
    yamlView;
    text;
    constructor(path, text, 
    /** The other Terraform files of the file's directory in reach (variables, tfvars, locals), set by the engine. */
    directory) {
        this.path = path;
        this.directory = directory;
        // A UTF-8 BOM is not part of the content (editors on Windows add it); positions stay the same.
        this.text = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
    }
    /**
     * The YAML view of the text, or null when the text is clearly not YAML (parse produced no documents). A
     * shell script still gets its YAML view: the programs that read YAML (kubeadm, the kubelet) parse the file
     * whatever it looks like, so a look-alike heuristic must never take a YAML reading away (a command-looking
     * first line would otherwise hide a kubeadm document). Which reader reads a file AS TEXT is decided by
     * isShellOrUnit, in the flag reader.
     */
    get yaml() {
        if (this.yamlView === undefined)
            this.yamlView = parseYaml(this.text);
        return this.yamlView;
    }
    /**
     * 1-based line and column of a character offset, computed from the text itself: the YAML LineCounter only
     * knows the lines the parser reached, which is wrong for text files and broken YAML.
     */
    position(offset) {
        return positionAt(this.lineStarts(), offset);
    }
    lineStartsCache;
    /** Offsets where each line starts (see positions.ts). */
    lineStarts() {
        if (!this.lineStartsCache)
            this.lineStartsCache = lineStartsOf(this.text);
        return this.lineStartsCache;
    }
    /** Span of [start, end) character offsets. */
    span(start, end) {
        const a = this.position(start);
        const b = this.position(Math.max(start, end));
        return { line: a.line, column: a.column, endLine: b.line, endColumn: b.column };
    }
    /** Span of a parsed YAML node (its value range, without trailing comments). */
    spanOf(node) {
        if (!node?.range)
            return lineSpan(1);
        return this.span(node.range[0], node.range[1]);
    }
    /** The 1-based line's text (without line terminator). */
    lineText(line) {
        const lines = this.lines();
        return lines[line - 1] ?? '';
    }
    linesCache;
    lines() {
        if (!this.linesCache)
            this.linesCache = this.text.split(/\r?\n/);
        return this.linesCache;
    }
}
/** Script file names (also as templates: `start.sh.j2`). */
const SCRIPT_FILE = /\.(sh|bash|ksh|zsh|ash|service|socket)(\.(j2|tpl|tmpl|erb|in))?$/i;
/** systemd unit sections at the start of a line (systemd.syntax(7)); `[Unit]` is also a YAML flow sequence. */
const UNIT_SECTION = /^\[(Unit|Service|Install|Socket|Timer)\][ \t]*\r?$/m;
/**
 * A top-level line that is a command, not a YAML key: a command word or path followed by a blank and more
 * words. `exec kube-apiserver --x="a: b"` is a valid YAML mapping (key `exec kube-apiserver --x="a`) but no
 * YAML config has such a key.
 */
const TOP_LEVEL_COMMAND = /^(?:exec|sudo|nohup|export|set|source|if|for|while|case|\S*(?:kube-apiserver|kube-controller-manager|hyperkube))[ \t]+[^:\n]*(?:[ \t]-{1,2}[A-Za-z]|$)/m;
/**
 * Shell scripts and systemd units are read as text by the flag reader even when they parse as YAML: a line
 * with `: ` inside a quoted argument makes a whole script a YAML mapping (key `exec kube-apiserver --x="a`),
 * and the flag reader skipped structured YAML. The YAML view stays for the YAML formats (see Source.yaml).
 */
function isShellOrUnit(path, text) {
    if (text.startsWith('#!'))
        return true;
    if (SCRIPT_FILE.test(path))
        return true;
    if (UNIT_SECTION.test(text))
        return true;
    return TOP_LEVEL_COMMAND.test(text);
}
function lineSpan(line, column = 1, endColumn) {
    return { line, column, endLine: line, endColumn: endColumn ?? column };
}
function parseYaml(text) {
    const lineCounter = new dist/* LineCounter */.HN();
    const refused = refuseYaml(text);
    if (refused)
        return { documents: [], lineCounter, problems: [], limits: [refused] };
    let documents;
    try {
        documents = (0,dist/* parseAllDocuments */.hR)(text, {
            lineCounter,
            // Keys are strings in every format we read. Note: sigs.k8s.io/yaml (go-yaml v2) resolves YAML 1.1 scalars
            // (`on`/`yes`/`y` -> true, `010` -> 8; see test/oracles/sigsyaml), 'core' keeps them as written. No such
            // scalar is a valid range either way (a bool where kubeadm wants a string fails its decoding), so the
            // verdict on a range value is the same; the text shown is the one written.
            schema: 'core',
            uniqueKeys: false,
            prettyErrors: false,
        });
    }
    catch (e) {
        return { documents: [], lineCounter, problems: [{ line: 1, message: `YAML could not be parsed: ${String(e)}` }], limits: [] };
    }
    if (!Array.isArray(documents)) {
        // parseAllDocuments returns an EmptyStream for empty input.
        return { documents: [], lineCounter, problems: [], limits: [] };
    }
    const problems = [];
    const limits = [];
    if (documents.length > MAX_YAML_DOCUMENTS) {
        limits.push({ line: 1, message: `file has ${documents.length} YAML documents; only the first ${MAX_YAML_DOCUMENTS} are read` });
        documents = documents.slice(0, MAX_YAML_DOCUMENTS);
    }
    for (const doc of documents) {
        for (const err of doc.errors) {
            const offset = err.pos?.[0] ?? 0;
            const p = lineCounter.linePos(offset);
            problems.push({ line: p.line, column: p.col, message: `YAML error: ${firstLine(err.message)}` });
        }
    }
    return { documents, lineCounter, problems, limits: [...limits, ...documents.flatMap((doc, i) => defuseAliasBomb(doc, i, lineCounter))] };
}
/** Size and nesting are checked before parsing: the parser's time grows with size, its stack with depth. */
function refuseYaml(text) {
    if (text.length > MAX_YAML_CHARS) {
        return {
            line: 1,
            message: `file is ${text.length} characters, above the ${MAX_YAML_CHARS} limit for reading YAML; it was read as plain text only`,
        };
    }
    const nesting = measureYamlNesting(text);
    if (nesting.line > 0) {
        return { line: nesting.line, message: `YAML nests more than ${MAX_YAML_NESTING_DEPTH} levels deep here; the file was read as plain text only` };
    }
    return null;
}
/**
 * A document whose aliases expand past MAX_YAML_ALIAS_EXPANSION nodes is emptied (extractors walk nodes
 * through aliases and would never finish) and reported at the alias where the expansion passed the limit.
 */
function defuseAliasBomb(doc, index, lineCounter) {
    const { offset } = measureAliasExpansion(doc);
    if (offset === null)
        return [];
    doc.contents = null;
    const p = lineCounter.linePos(offset);
    return [
        {
            line: p.line,
            column: p.col,
            message: `YAML document ${index + 1} expands to more than ${MAX_YAML_ALIAS_EXPANSION} nodes through aliases; it was not read`,
        },
    ];
}
function firstLine(s) {
    const i = s.indexOf('\n');
    return i < 0 ? s : s.slice(0, i);
}
// ---- node walking helpers: positions are kept because we walk nodes, not plain values ----
/**
 * Resolves an alias node to the node it points at (one level; anchors cannot be recursive in YAML 1.2
 * without a cycle, which the parser reports). Returns the node unchanged otherwise.
 */
function deref(doc, node) {
    if (node == null)
        return null;
    if ((0,dist/* isAlias */.Vj)(node)) {
        try {
            return node.resolve(doc) ?? null;
        }
        catch {
            return null;
        }
    }
    return node;
}
/**
 * The map entry (key node and value node) for `key` in a YAML map, as Kubernetes' YAML decoding sees it.
 *
 * Kubernetes decodes YAML with sigs.k8s.io/yaml (YAMLToJSON: gopkg.in/yaml.v2 into interface{}, then
 * encoding/json); kubeadm, kind and the kubelet's static pod reader all take this non-strict path. go-yaml v2
 * (decode.go `(*decoder).mapping`) walks a map's pairs IN ORDER and assigns each into the Go map
 * (`setMapIndex` = `SetMapIndex`, so a later assignment replaces an earlier one):
 *   - duplicate keys: the last one wins (strict mode would fail; the non-strict path does not);
 *   - `<<: *anchor` (a plain `<<` or `!!merge`, decode.go `isMerge`) is decoded by `(*decoder).merge` at its
 *     place in the order, into the same map: a merge AFTER an explicit key replaces that key's value, an
 *     explicit key after the merge replaces the merged one (this is not YAML 1.1's "explicit keys win", and
 *     not go-yaml v3);
 *   - `<<: [*a, *b]`: `merge` steps backwards ("earlier nodes take precedence"), so the first map that has the
 *     key wins among the merged ones;
 *   - a merged map's own merges are resolved the same way (it is decoded by `mapping` too); a quoted "<<" is
 *     a plain key.
 * The differential test test/formats/merge-keys.test.ts compares this with the real decoder
 * (test/oracles/sigsyaml).
 */
function mapEntry(doc, node, key) {
    return lookupInMap(doc, deref(doc, node), key, 0);
}
/** Merge chains followed before giving up (an alias cycle through `<<` would never end). */
const MAX_MERGE_DEPTH = 32;
function lookupInMap(doc, map, key, depth) {
    if (!(0,dist/* isMap */.jh)(map) || depth > MAX_MERGE_DEPTH)
        return null;
    let found = null;
    for (const pair of map.items) {
        const k = pair.key;
        if (isMergeKey(k)) {
            const merged = lookupInMerge(doc, pair.value, key, depth + 1);
            if (merged)
                found = merged;
        }
        else if ((0,dist/* isScalar */.jn)(k) && String(k.value) === key) {
            found = { key: k, value: deref(doc, pair.value) };
        }
    }
    return found;
}
function lookupInMerge(doc, node, key, depth) {
    const value = deref(doc, node);
    if ((0,dist/* isSeq */.oP)(value)) {
        // decode.go merge: "Step backwards as earlier nodes take precedence" — the first map holding the key wins.
        for (const item of value.items) {
            const hit = lookupInMap(doc, deref(doc, item), key, depth);
            if (hit)
                return hit;
        }
        return null;
    }
    return lookupInMap(doc, value, key, depth);
}
/** go-yaml v2 decode.go isMerge: a `<<` scalar that is plain (implicitly typed) or tagged `!!merge`. */
function isMergeKey(k) {
    if (!(0,dist/* isScalar */.jn)(k))
        return false;
    const tag = k.tag;
    if (tag === 'tag:yaml.org,2002:merge' || tag === '!!merge')
        return true;
    return k.value === '<<' && k.type === dist/* Scalar */.X5.PLAIN && tag === undefined;
}
/** Walks a key path through maps; returns the value node or null. */
function getPath(doc, node, path) {
    let cur = deref(doc, node);
    for (const key of path) {
        const entry = mapEntry(doc, cur, key);
        if (!entry)
            return null;
        cur = entry.value;
    }
    return cur;
}
/** The scalar's value as a string (numbers and booleans as written), or null for non-scalars. */
function scalarText(node) {
    if (!(0,dist/* isScalar */.jn)(node))
        return null;
    const v = node.value;
    if (v === null || v === undefined)
        return null;
    if (typeof v === 'string')
        return v;
    // Keep the source text for numbers etc. so "010" is not turned into 10.
    const src = node.source;
    return typeof src === 'string' ? src : String(v);
}
/** Items of a sequence node (aliases resolved), or [] for anything else. */
function seqItems(doc, node) {
    const seq = deref(doc, node);
    if (!(0,dist/* isSeq */.oP)(seq))
        return [];
    return seq.items.map((i) => deref(doc, i)).filter((i) => i !== null);
}
/** Top-level `kind` and `apiVersion` of a document, when it has them. */
function documentKind(doc) {
    return {
        kind: scalarText(getPath(doc, doc.contents, ['kind'])),
        apiVersion: scalarText(getPath(doc, doc.contents, ['apiVersion'])),
    };
}
/**
 * Text embedded in a block scalar (`key: |` followed by indented lines), with a function that maps a
 * 1-based line/column inside the embedded text back to the outer file. For quoted or plain scalars the
 * mapping points at the scalar's start line (their line breaks are folded, so exact mapping is impossible).
 */
function embeddedText(source, node) {
    if (typeof node.value !== 'string' || !node.range)
        return null;
    const text = node.value;
    const start = source.position(node.range[0]);
    const isBlock = node.type === dist/* Scalar */.X5.BLOCK_LITERAL || node.type === dist/* Scalar */.X5.BLOCK_FOLDED;
    if (!isBlock) {
        const quoteOffset = node.type === dist/* Scalar */.X5.PLAIN ? 0 : 1;
        return { text, toOuter: (_l, c) => ({ line: start.line, column: start.column + quoteOffset + c - 1 }) };
    }
    // Block scalar: content begins on the line after the header; find the content indentation from the
    // first non-empty content line of the source.
    const lines = source.lines();
    let first = start.line + 1; // 1-based line of the first content line
    let indent = 0;
    for (let l = first; l <= lines.length; l++) {
        const t = lines[l - 1];
        if (t.trim() === '')
            continue;
        indent = t.length - t.trimStart().length;
        first = l;
        break;
    }
    // Leading empty lines of the block are kept in the value; count them so line numbers line up.
    const leadingEmpty = text.match(/^\n*/)?.[0].length ?? 0;
    const contentStartLine = first - leadingEmpty;
    return { text, toOuter: (l, c) => ({ line: contentStartLine + l - 1, column: c + indent }) };
}

;// CONCATENATED MODULE: ./src/formats/flags/2-yaml-args.ts
// YAML scalars (container `command`/`args` items, embedded texts) as Args whose characters keep their offsets in
// the file, so a value's span is exact even inside quotes or block scalars.



/**
 * The scalar's value with the file offset of every character. Exact for plain, single-line quoted and block
 * literal scalars; for folded or escaped text the mapping points at the scalar's line (good enough for a span).
 */
function scalarArg(source, node, starts, tag) {
    if (!(0,dist/* isScalar */.jn)(node))
        return null;
    const text = scalarText(node);
    if (text === null || !node.range)
        return null;
    const scalar = node;
    const emb = typeof scalar.value === 'string' ? embeddedText(source, scalar) : null;
    const offsets = [];
    if (!emb) {
        // Numbers, booleans: the source text is the value.
        for (let i = 0; i <= text.length; i++)
            offsets.push(Math.min(node.range[0] + i, node.range[1]));
    }
    else {
        let line = 1;
        let col = 1;
        for (let i = 0; i <= text.length; i++) {
            const o = emb.toOuter(line, col);
            const lineStart = starts[o.line - 1] ?? starts[starts.length - 1];
            offsets.push(Math.min(lineStart + o.column - 1, source.text.length));
            if (text[i] === '\n') {
                line++;
                col = 1;
            }
            else {
                col++;
            }
        }
    }
    const arg = { text, offsets };
    if (tag !== undefined)
        arg.tag = tag;
    // An item that is nothing but a template (`- {{ $f | quote }}`, `- $(EXTRA)`) may expand to any flag.
    const template = findTemplateExpression(text);
    if (template !== null && template.trim() === text.trim() && !text.trim().startsWith('-'))
        arg.opaque = true;
    return arg;
}

;// CONCATENATED MODULE: ./src/formats/flags/workload-manifests-format.ts
// Control-plane workloads: any Pod / Deployment / DaemonSet / StatefulSet (also the pre-1.16 extensions/v1beta1
// and apps/v1beta* Deployments of self-hosted control planes) whose container runs kube-apiserver or
// kube-controller-manager — static pod manifests (/etc/kubernetes/manifests), bootkube/vcluster style
// Deployments, and the same manifests embedded in block scalars (kops nodeup config, cloud-config write_files).
// Recognised by the program in command/args, never by file name. Other programs that take a
// --service-cluster-ip-range flag (kube-router, kube-ovn, …) consume the range and are not read.







const MANIFEST_FORMAT_ID = 'manifest';
/** Kinds whose pod template can run a control-plane container. */
const POD_KINDS = new Set(['Pod', 'Deployment', 'DaemonSet', 'StatefulSet', 'ReplicaSet']);
/** Embedded manifests inside embedded manifests are not followed further (kops nodeup → static pod is one level). */
const MAX_EMBED_DEPTH = 2;
/** Container images whose entrypoint is the control-plane program itself (used when only `args` is given). */
const IMAGE_PROGRAM = /^(kube-apiserver|kube-controller-manager)(-(amd64|arm64|arm|ppc64le|s390x))?$/;
const VERSIONED_IMAGE = /^(kube-apiserver|kube-controller-manager|hyperkube)(-(amd64|arm64|arm|ppc64le|s390x))?$/;
/** Cheap pre-check before parsing a block scalar as YAML. */
const MENTIONS_PROGRAM = /kube-apiserver|kube-controller-manager|hyperkube/;
const workloadsFormat = {
    id: MANIFEST_FORMAT_ID,
    extract(source) {
        try {
            return extractWorkloads(source, 0);
        }
        catch (e) {
            // Extractors never throw (toolkit/extractor.ts): an unexpected shape becomes a problem at line 1.
            return {
                settings: [],
                problems: [
                    { line: 1, message: `control-plane manifest could not be read: ${e instanceof Error ? e.message : String(e)}`, format: MANIFEST_FORMAT_ID },
                ],
            };
        }
    },
};
/**
 * The Kubernetes minor version of a control-plane image tag: `registry.k8s.io/kube-apiserver:v1.33.1` -> '1.33',
 * `hyperkube:v1.5.1_coreos.0` -> '1.5'. Other images (a shell image running `sh -c`) say nothing.
 */
function versionFromImage(image) {
    if (!image)
        return undefined;
    const at = image.indexOf('@');
    const ref = at >= 0 ? image.slice(0, at) : image;
    const colon = ref.lastIndexOf(':');
    if (colon < 0 || ref.indexOf('/', colon) >= 0)
        return undefined;
    const repo = ref.slice(0, colon).replace(/^.*\//, '');
    if (!VERSIONED_IMAGE.test(repo))
        return undefined;
    const m = /^v?(\d+)\.(\d+)(?:[.\-_+]|$)/.exec(ref.slice(colon + 1));
    return m ? `${Number(m[1])}.${Number(m[2])}` : undefined;
}
function imageRepoName(image) {
    if (!image)
        return null;
    const noDigest = image.split('@')[0];
    const colon = noDigest.lastIndexOf(':');
    const ref = colon > noDigest.lastIndexOf('/') ? noDigest.slice(0, colon) : noDigest;
    return ref.replace(/^.*\//, '');
}
function extractWorkloads(source, depth) {
    const yaml = source.yaml;
    if (!yaml || yaml.documents.length === 0)
        return EMPTY_EXTRACTION;
    const starts = source.lineStarts();
    const settings = [];
    const problems = [];
    const seen = new Set();
    const addUnique = (r) => {
        for (const s of r.settings) {
            let subject = s.subject;
            for (let n = 2; seen.has(`${s.role}|${subject}`); n++)
                subject = `${s.subject}#${n}`;
            seen.add(`${s.role}|${subject}`);
            settings.push(subject === s.subject ? s : { ...s, subject });
        }
        problems.push(...r.problems);
    };
    for (const doc of yaml.documents) {
        // A document with syntax errors (a Helm/Jinja template) has an unreliable structure: a `{% if %}` line cuts
        // a command list short, and reading the rest would invent the 10.0.0.0/24 default. Such files are read as
        // text by text-carriers-format.ts, and the engine reports the YAML error where the file names a range.
        if (doc.errors.length > 0)
            continue;
        const { kind } = documentKind(doc);
        if (kind && POD_KINDS.has(kind))
            addUnique(readWorkload(source, doc, kind, starts));
        if (depth < MAX_EMBED_DEPTH) {
            for (const node of blockScalars(doc.contents))
                addUnique(readEmbedded(source, node, depth));
        }
    }
    return { settings, problems };
}
function readWorkload(source, doc, kind, starts) {
    const root = doc.contents;
    const name = scalarText(getPath(doc, root, ['metadata', 'name'])) ?? '';
    const namespace = scalarText(getPath(doc, root, ['metadata', 'namespace'])) ?? 'default';
    const podSpec = kind === 'Pod' ? getPath(doc, root, ['spec']) : getPath(doc, root, ['spec', 'template', 'spec']);
    const settings = [];
    const problems = [];
    for (const container of seqItems(doc, mapEntry(doc, podSpec, 'containers')?.value)) {
        const containerName = scalarText(getPath(doc, container, ['name'])) ?? '';
        const image = scalarText(getPath(doc, container, ['image']));
        const command = mapEntry(doc, container, 'command');
        const args = mapEntry(doc, container, 'args');
        const argv = [];
        const env = containerEnvironment(source, doc, container, starts);
        if (command)
            argv.push(...itemsAsArgs(source, doc, command.value, starts, 'command'));
        else if (args && IMAGE_PROGRAM.test(imageRepoName(image) ?? '')) {
            // No command: the image's entrypoint runs; for images named after the program, that is the program.
            const at = args.key.range?.[0] ?? 0;
            argv.push({ text: imageRepoName(image) ?? '', offsets: [at, at + 'args'.length], tag: 'args' });
        }
        if (args)
            argv.push(...itemsAsArgs(source, doc, args.value, starts, 'args'));
        const keySpan = (tag) => {
            const entry = tag === 'args' ? args : (command ?? args);
            return entry?.key.range ? source.span(entry.key.range[0], entry.key.range[1]) : { line: 1, column: 1, endLine: 1, endColumn: 1 };
        };
        const defined = definedEnvNames(doc, container);
        const done = new Set();
        // The kubelet expands `$(VAR)` in command/args from the container's env (ExpandContainerCommandAndArgs);
        // an `sh -c` script then sees the same env as shell variables.
        const expanded = argv.flatMap((a) => {
            const r = variables_substituteKubernetes(a, env.kubernetes);
            return r.kind === 'words' ? r.words : [{ ...a, unresolved: r.unresolved }];
        });
        for (const inv of findInvocations(expanded, 0, env.shell)) {
            // One setting per (container, component): a second invocation of the same program is not the running one.
            if (done.has(inv.component))
                continue;
            done.add(inv.component);
            const r = settingsFromInvocation(inv, {
                source,
                format: MANIFEST_FORMAT_ID,
                subjectPrefix: `manifest/${kind}/${namespace}/${name}/${containerName}`,
                group: controlPlaneGroup(source.path),
                kubernetesVersion: versionFromImage(image),
                defaultSpan: keySpan(programTag(inv)),
                absentMeansDefault: true,
                literalReference: (name) => defined !== null && !defined.has(name) && !SERVICE_LINK_NAME.test(name),
            });
            settings.push(...r.settings);
            problems.push(...r.problems);
        }
    }
    return { settings, problems };
}
function programTag(inv) {
    return inv.program.tag;
}
function itemsAsArgs(source, doc, node, starts, tag) {
    const out = [];
    for (const item of seqItems(doc, node)) {
        const arg = scalarArg(source, item, starts, tag);
        if (arg)
            out.push(arg);
    }
    return out;
}
/**
 * A container's environment as the kubelet builds it (kubernetes/kubernetes pkg/kubelet/kubelet_pods.go
 * makeEnvironmentVariables): `envFrom` first, then `env` in order, each value expanded with
 * third_party/forked/golang/expansion Expand against the variables defined before it (a reference to a later or
 * unknown name stays as written), a later duplicate replacing an earlier one. `valueFrom` (and any name `envFrom`
 * or a Service link may define) is unknown here. `kubernetes` answers `$(VAR)` in command/args, `shell` the
 * variables an `sh -c` script sees.
 */
function containerEnvironment(source, doc, container, starts) {
    const fromEnvFrom = mapEntry(doc, container, 'envFrom');
    const env = new Map();
    const unknownName = (name) => {
        if (fromEnvFrom?.key.range)
            return { kind: 'unknown', reason: 'envFrom may define it', definitionOffsets: [fromEnvFrom.key.range[0]] };
        if (SERVICE_LINK_NAME.test(name))
            return { kind: 'unknown', reason: 'the kubelet may define it from a Service (service links)', definitionOffsets: [] };
        return null;
    };
    const lookup = (name) => env.get(name) ?? unknownName(name) ?? { kind: 'unset' };
    for (const item of seqItems(doc, mapEntry(doc, container, 'env')?.value)) {
        const name = scalarText(getPath(doc, item, ['name']));
        if (name === null)
            continue;
        const valueNode = getPath(doc, item, ['value']);
        const valueFrom = mapEntry(doc, item, 'valueFrom');
        const arg = valueNode ? scalarArg(source, valueNode, starts) : null;
        if (arg) {
            const r = variables_substituteKubernetes(arg, lookup);
            const value = r.kind === 'words' ? r.words[0] : null;
            env.set(name, value
                ? { kind: 'value', value, definitionOffset: arg.offsets[0] }
                : {
                    kind: 'unknown',
                    reason: `its value uses ${r.kind === 'unresolved' ? r.unresolved[0].name : 'a variable'}, which cannot be resolved here`,
                    definitionOffsets: [arg.offsets[0]],
                });
        }
        else if (valueFrom?.key.range) {
            // Every line of the valueFrom block (which ConfigMap, which key) decides the value.
            const end = valueFrom.value?.range?.[1] ?? valueFrom.key.range[1];
            const lines = starts.filter((o) => o > valueFrom.key.range[0] && o < end);
            env.set(name, {
                kind: 'unknown',
                reason: 'it comes from valueFrom, read when the Pod starts',
                definitionOffsets: [valueFrom.key.range[0], ...lines],
            });
        }
        else {
            env.set(name, {
                kind: 'value',
                value: { text: '', offsets: [item && (0,dist/* isMap */.jh)(item) && item.range ? item.range[0] : 0] },
                definitionOffset: item && (0,dist/* isMap */.jh)(item) && item.range ? item.range[0] : 0,
            });
        }
    }
    return { kubernetes: lookup, shell: lookup };
}
/**
 * Service links: the kubelet adds `<SVC>_SERVICE_HOST`, `<SVC>_SERVICE_PORT…`, `<SVC>_PORT…` variables of the
 * namespace's Services (pkg/kubelet/envvars/envvars.go FromServices), unknown to a reader of the file.
 */
const SERVICE_LINK_NAME = /^(KUBERNETES_|[A-Z0-9_]+_(SERVICE_HOST|SERVICE_PORT|PORT)(_|$))/;
/**
 * Every env name a container defines (literal or `valueFrom`), or null when `envFrom` may define any name.
 * A `$(NAME)` reference to a name outside this set is left literal by the kubelet (expansion.go: "if the
 * variable is not defined, the reference is left as is"), so the program gets the text `$(NAME)`.
 */
function definedEnvNames(doc, container) {
    if (mapEntry(doc, container, 'envFrom'))
        return null;
    const names = new Set();
    for (const item of seqItems(doc, mapEntry(doc, container, 'env')?.value)) {
        const name = scalarText(getPath(doc, item, ['name']));
        if (name !== null)
            names.add(name);
    }
    return names;
}
/**
 * Kubernetes' `$(VAR)` expansion of one string against literal values (variables.ts substituteKubernetes, which
 * follows kubernetes/kubernetes third_party/forked/golang/expansion/expand.go: `$$` escapes, an unknown name stays).
 */
function expandEnvReferences(value, env) {
    const known = (text) => ({ text, offsets: Array.from({ length: text.length + 1 }, (_, i) => i) });
    const r = substituteKubernetes(known(value), (name) => {
        const v = env.get(name);
        return v === undefined ? { kind: 'unset' } : { kind: 'value', value: known(v), definitionOffset: 0 };
    });
    return r.kind === 'words' ? r.words[0].text : value;
}
/** Multi-line string scalars anywhere in the document (candidates for embedded manifests). */
function* blockScalars(node) {
    if ((0,dist/* isMap */.jh)(node)) {
        for (const pair of node.items)
            yield* blockScalars(pair.value);
    }
    else if ((0,dist/* isSeq */.oP)(node)) {
        for (const item of node.items)
            yield* blockScalars(item);
    }
    else if ((0,dist/* isScalar */.jn)(node) && typeof node.value === 'string' && node.value.includes('\n')) {
        yield node;
    }
}
function readEmbedded(source, node, depth) {
    const text = node.value;
    if (!MENTIONS_PROGRAM.test(text) || !/^\s*kind\s*:/m.test(text))
        return EMPTY_EXTRACTION;
    const emb = embeddedText(source, node);
    if (!emb)
        return EMPTY_EXTRACTION;
    const inner = new Source(source.path, text);
    const r = extractWorkloads(inner, depth + 1);
    return {
        settings: r.settings.map((s) => ({ ...s, span: mapSpan(s.span, emb.toOuter) })),
        problems: r.problems.map((p) => {
            const o = emb.toOuter(p.line, p.column ?? 1);
            return { ...p, line: o.line, column: o.column };
        }),
    };
}
function mapSpan(span, toOuter) {
    const a = toOuter(span.line, span.column);
    const b = toOuter(span.endLine, span.endColumn);
    return { line: a.line, column: a.column, endLine: b.line, endColumn: b.column };
}

;// CONCATENATED MODULE: ./src/formats/flags/1-logical-lines.ts
// Logical lines of plain-text carriers: a command that starts on one line and continues with backslash-newline
// (shell scripts, systemd units) or inside open quotes, with the file offset of every character kept.

/** Reads one logical line starting at `start` (an offset in `text`). */
function readLogicalLine(text, start, starts, options) {
    const chars = [];
    const offsets = [];
    let quote = null;
    let i = start;
    const lineOf = (offset) => lineIndexAt(starts, offset);
    while (i < text.length) {
        const c = text[i];
        if (options.heredoc && c === '\\' && text[i + 1] === '\\' && (text[i + 2] === '\n' || (text[i + 2] === '\r' && text[i + 3] === '\n'))) {
            i += text[i + 2] === '\n' ? 3 : 4;
            chars.push(' ');
            offsets.push(i);
            continue;
        }
        if (c === '\\' && quote !== "'") {
            const nl = text[i + 1] === '\n' ? 1 : text[i + 1] === '\r' && text[i + 2] === '\n' && !options.keepCR ? 2 : 0;
            if (nl > 0) {
                i += 1 + nl;
                if (options.unit) {
                    // Skip comment lines inside the continuation (systemd only).
                    for (;;) {
                        const m = /^[ \t]*[#;][^\n]*\n?/.exec(text.slice(i, text.indexOf('\n', i) < 0 ? text.length : text.indexOf('\n', i) + 1));
                        if (!m || m[0].length === 0)
                            break;
                        i += m[0].length;
                    }
                }
                // A continuation is a word break in both systemd (the backslash becomes a space) and, in practice, in
                // the scripts we read (the next line is indented).
                chars.push(' ');
                offsets.push(i);
                continue;
            }
            chars.push(c);
            offsets.push(i);
            if (i + 1 < text.length) {
                chars.push(text[i + 1]);
                offsets.push(i + 1);
            }
            i += 2;
            continue;
        }
        if (quote === null && (c === '\n' || (c === '\r' && text[i + 1] === '\n' && !options.keepCR)))
            break;
        if (!options.unit && quote === null && c === '#' && (i === start || /\s/.test(text[i - 1]))) {
            // A shell comment runs to the end of the line, including a trailing backslash.
            while (i < text.length && text[i] !== '\n')
                i++;
            break;
        }
        if (quote === null && (c === '"' || c === "'"))
            quote = c;
        else if (quote === c)
            quote = null;
        chars.push(c);
        offsets.push(i);
        i++;
    }
    offsets.push(i);
    return { text: chars.join(''), offsets, lastLine: lineOf(Math.max(start, i - 1)) };
}

;// CONCATENATED MODULE: ./src/formats/toolkit/read-values.ts
// The reading toolkit every YAML format uses: one name per concept.
//
// - rawText / findTemplate: what the author wrote, and the template expression in it (an unquoted `{{ x }}`
//   parses as a YAML flow map, so only the raw text tells that it was a template);
// - RangeRead, readScalar, readRange: a range value (scalar, list — block or flow —, list of maps keyed by
//   `itemKey`, templated, empty, unreadable) with its exact span;
// - extraArgEntry: a component's `extraArgs` (map or `{name, value}` list), the one reader behind extraArgNode,
//   readArgs and readExtraArg;
// - lookup/lookupPath, readField/readValue/readArgs/readExtraArg: kubeadm-shaped string fields (kubeadm,
//   kind's patches, Cluster API), where a list or a map is unreadable rather than a list of ranges;
// - makeSetting/settingMaker, emitRange, templateProblem, unreadableProblem, fieldProblem: Settings and Problems;
// - walkMaps, mapKeys, extractEmbedded, mapSpan, mergeExtractions: embedded documents (k0s inside k0sctl, YAML in a
//   block scalar, Ansible vars);
// - minorVersion, parseKubernetesMinor, parseImageMinor: where the Kubernetes version comes from;
// - guardExtraction: no exception escapes an extractor.
// Pure functions; nothing here throws on odd input.



/** Shared with the other formats (src/formats/toolkit/templates.ts). */

/** Depth of nested maps searched for an embedded config (Ansible vars, k0sctl, cloud-config...). */
const MAX_WALK_DEPTH = 12;
// ---------------------------------------------------------------------------------------------------------
// Range values
/** The node's text exactly as written in the source (quotes included). */
function rawText(source, node) {
    if (!node?.range)
        return '';
    return source.text.slice(node.range[0], node.range[1]);
}
/**
 * Reads one scalar. The raw text is checked for template syntax first. An absent, null or blank value is
 * empty; a map or a list that holds no template is unreadable.
 */
function readScalar(source, node) {
    const span = source.spanOf(node);
    const template = findTemplateExpression(rawText(source, node));
    if (template)
        return { kind: 'template', expression: template, span };
    if (node && !(0,dist/* isScalar */.jn)(node))
        return { kind: 'unreadable', reason: 'the value is neither a string nor a list', span };
    const text = scalarText(node);
    if (text === null || text.trim() === '')
        return { kind: 'empty', span };
    return { kind: 'value', text, span };
}
/**
 * Reads a Service/pod range value: a scalar (possibly already comma-separated) or a list (block or flow) of
 * scalars — or of maps whose `itemKey` holds the range (OpenShift `clusterNetwork[].cidr`). List items are
 * joined with ',' in order, exactly as the platforms join them for `--service-cluster-ip-range`; the span
 * covers the first to the last item. A templated item makes the whole list templated; an item that is not
 * a plain value makes it unreadable; empty items are skipped.
 */
function readRange(source, doc, node, itemKey) {
    const target = deref(doc, node);
    if (!(0,dist/* isSeq */.oP)(target))
        return readScalar(source, target);
    // A template anywhere in the list hides the whole list: the problem points at the list, as written.
    const template = findTemplateExpression(rawText(source, target));
    if (template)
        return { kind: 'template', expression: template, span: source.spanOf(target) };
    const values = [];
    let first = null;
    let last = null;
    for (const raw of target.items) {
        const item = deref(doc, raw);
        const valueNode = itemKey && (0,dist/* isMap */.jh)(item) ? (mapEntry(doc, item, itemKey)?.value ?? null) : item;
        const read = readScalar(source, valueNode);
        if (read.kind === 'template')
            return read;
        if (read.kind === 'unreadable')
            return { kind: 'unreadable', reason: 'a list item is not a plain value', span: read.span };
        if (read.kind === 'empty')
            continue;
        values.push(read.text);
        first ??= read.span;
        last = read.span;
    }
    const span = source.spanOf(target);
    if (!first || !last)
        return { kind: 'empty', span };
    return {
        kind: 'value',
        text: values.join(','),
        span: { line: first.line, column: first.column, endLine: last.endLine, endColumn: last.endColumn },
    };
}
/** Span of a map key (where a default or an absent field points), or line 1. */
function keySpan(source, key) {
    if (!key?.range)
        return lineSpan(1);
    return source.span(key.range[0], key.range[1]);
}
/** One Setting of a cluster config. */
function makeSetting(ctx, f) {
    const out = {
        format: ctx.format,
        subject: f.subject,
        group: ctx.group,
        role: f.role,
        component: f.component,
        setting: f.setting,
        value: f.value,
        origin: f.origin,
        span: f.span,
        profile: f.profile ?? ctx.profile ?? 'apiserver',
    };
    const immutable = f.immutable ?? (f.role === 'service-range' ? ctx.immutable : undefined);
    if (immutable)
        out.immutable = immutable;
    if (ctx.kubernetesVersion)
        out.kubernetesVersion = ctx.kubernetesVersion;
    if (f.defaultNote)
        out.defaultNote = f.defaultNote;
    if (f.ipFamily !== undefined)
        out.ipFamily = f.ipFamily;
    if (f.createOnly !== undefined)
        out.createOnly = f.createOnly;
    return out;
}
/** `makeSetting` with the context bound. */
function settingMaker(ctx) {
    return (f) => makeSetting(ctx, f);
}
/** The problem that stands for a range hidden behind a template (becomes `unreadable-config` when it hides the Service range). */
function templateProblem(format, setting, span, expression, hidesRange = true) {
    return {
        line: span.line,
        column: span.column,
        message: hidesRange
            ? `${setting} is templated (${expression}): the Service range cannot be read until the template is rendered`
            : `${setting} is templated (${expression}): the range cannot be checked for overlap until the template is rendered`,
        hidesRange,
        setting,
        format,
    };
}
/** The problem for a value that exists but cannot be read as a range (not a string or list). */
function unreadableProblem(format, setting, span, reason, hidesRange = true) {
    return { line: span.line, column: span.column, message: `${setting} cannot be read: ${reason}`, hidesRange, setting, format };
}
/**
 * Reads one range field into `out`: a Setting when the value is literal, a problem when it is templated or
 * not a string/list (hiding the range when the role is the Service range). Returns what happened so the
 * caller can decide about defaults (a templated value must never be replaced by a default).
 */
function emitRange(out, source, doc, node, make, draft, format) {
    const read = readRange(source, doc, node);
    const hides = draft.role === 'service-range';
    switch (read.kind) {
        case 'value':
            out.settings.push(make({ ...draft, value: read.text, origin: 'explicit', span: read.span }));
            return 'set';
        case 'template':
            out.problems.push(templateProblem(format, draft.setting, read.span, read.expression, hides));
            return 'hidden';
        case 'unreadable':
            out.problems.push(unreadableProblem(format, draft.setting, read.span, read.reason, hides));
            return 'hidden';
        case 'empty':
            return 'absent';
    }
}
/**
 * Where a component flag overrides the platform field (k3s `kube-apiserver-arg`, Talos/k0s `extraArgs`),
 * the apiserver's value is the effective range: it takes the group's `service-range` subject, so adding
 * or changing the flag is classified as the change it is; the platform field moves to its own subject
 * and the engine compares the two (component-mismatch). Mutates `out` in place.
 */
function preferApiserverOverride(out, id) {
    const api = out.settings.find((s) => s.subject === `${id}/kube-apiserver` && s.role === 'service-range');
    if (!api)
        return;
    for (const s of out.settings) {
        if (s.role !== 'service-range')
            continue;
        if (s.subject === `${id}/service-range`)
            s.subject = `${id}/platform-service-range`;
    }
    api.subject = `${id}/service-range`;
}
/** Merges extractions (one per document) into one. */
function mergeExtractions(parts) {
    return { settings: parts.flatMap((p) => p.settings), problems: parts.flatMap((p) => p.problems) };
}
/**
 * Runs one extractor body; an exception becomes a problem at line 1 instead of escaping (library code
 * never lets an exception out of an extractor).
 */
function guardExtraction(format, body) {
    try {
        return body();
    }
    catch (e) {
        const message = e instanceof Error ? e.message : String(e);
        return { settings: [], problems: [{ line: 1, message: `${format}: could not read the file: ${message}`, format }] };
    }
}
// ---------------------------------------------------------------------------------------------------------
// Files YAML cannot read (template directives on their own lines)
/**
 * Every line that names one of `keys` becomes a problem at that line, hiding the range (templated or not,
 * the gate cannot see the effective value).
 */
function scanKeyLines(source, format, keys) {
    const re = new RegExp(`^(\\s*)(${keys.map(escapeRe).join('|')})\\s*:\\s*(.*)$`);
    const problems = [];
    source.lines().forEach((text, i) => {
        const m = re.exec(text);
        if (!m)
            return;
        const value = m[3].replace(/\s+#.*$/, '');
        const column = m[1].length + 1;
        const expr = findTemplateExpression(value);
        problems.push(expr
            ? templateProblem(format, m[2], lineSpan(i + 1, column), expr)
            : {
                line: i + 1,
                column,
                message: `${m[2]} is in a file that cannot be parsed as YAML: the Service range cannot be read`,
                hidesRange: true,
                setting: m[2],
                format,
            });
    });
    return problems;
}
/**
 * The first line that names one of `keys` as a map key, and the first template expression on that line or
 * on the more-indented lines that follow it (its value).
 */
function findKeyInText(source, keys) {
    const lines = source.lines();
    const keyRe = new RegExp(`^(\\s*)(?:-\\s+)?["']?(?:${keys.map(escapeRe).join('|')})["']?\\s*:`);
    for (let i = 0; i < lines.length; i++) {
        const m = keyRe.exec(lines[i]);
        if (!m)
            continue;
        const indent = m[1].length;
        let expression = findTemplateExpression(lines[i].slice(m[0].length));
        for (let j = i + 1; !expression && j < lines.length; j++) {
            const t = lines[j];
            if (t.trim() === '')
                continue;
            const ind = t.length - t.trimStart().length;
            // A sequence under the key may sit at the key's own indentation ("- item").
            if (ind < indent || (ind === indent && !t.trimStart().startsWith('-') && !t.trimStart().startsWith('{')))
                break;
            expression = findTemplateExpression(t);
        }
        return { line: i + 1, expression };
    }
    return null;
}
function escapeRe(s) {
    return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
// ---------------------------------------------------------------------------------------------------------
// Embedded documents
/**
 * Visits every map in a document tree (aliases resolved, depth-bounded) with the key path that led to it.
 * The path is made of map keys and `[i]` for list items, stable under reordering of sibling documents.
 */
function walkMaps(doc, root, visit) {
    const seen = new Set();
    const walk = (node, path, depth) => {
        const n = deref(doc, node);
        if (!n || depth > MAX_WALK_DEPTH || seen.has(n))
            return;
        seen.add(n);
        if ((0,dist/* isMap */.jh)(n)) {
            visit(n, path);
            for (const pair of n.items) {
                const k = (0,dist/* isScalar */.jn)(pair.key) ? String(pair.key.value) : '?';
                walk(pair.value, [...path, k], depth + 1);
            }
        }
        else if ((0,dist/* isSeq */.oP)(n)) {
            n.items.forEach((item, i) => walk(item, [...path, `[${i}]`], depth + 1));
        }
    };
    walk(root, [], 0);
}
/** Keys of a YAML map as strings. */
function mapKeys(doc, node) {
    const n = deref(doc, node);
    if (!(0,dist/* isMap */.jh)(n))
        return [];
    return n.items.filter((p) => (0,dist/* isScalar */.jn)(p.key)).map((p) => String(p.key.value));
}
/** A span of an embedded text mapped to the outer file (each end on its own). */
function read_values_mapSpan(span, toOuter) {
    const a = toOuter(span.line, span.column);
    const b = toOuter(span.endLine, span.endColumn);
    return { line: a.line, column: a.column, endLine: b.line, endColumn: b.column };
}
/**
 * Extracts from YAML embedded in a block scalar (a Secret's `install-config.yaml`, a ConfigMap's
 * `group_vars.yml`) and maps every position back to the outer file.
 */
function extractEmbedded(outer, node, extract) {
    if (!(0,dist/* isScalar */.jn)(node) || typeof node.value !== 'string')
        return { settings: [], problems: [] };
    const embedded = embeddedText(outer, node);
    if (!embedded)
        return { settings: [], problems: [] };
    const inner = extract(new Source(outer.path, embedded.text));
    return {
        settings: inner.settings.map((s) => ({ ...s, span: read_values_mapSpan(s.span, embedded.toOuter) })),
        problems: inner.problems.map((p) => {
            const a = embedded.toOuter(p.line, p.column ?? 1);
            return { ...p, line: a.line, column: p.column === undefined ? undefined : a.column };
        }),
    };
}
// ---------------------------------------------------------------------------------------------------------
// Command-line style arguments inside YAML (k3s `*-arg` lists, `extraArgs`)
/**
 * Splits one command-line style argument: `--flag=value`, `-flag=value` or `flag=value` (k3s `*-arg` lists
 * take the last form; k3s prepends the dashes itself). Returns null when the item has no `=`.
 */
function splitFlagArg(item) {
    const m = /^\s*-{0,2}([A-Za-z0-9][A-Za-z0-9_.-]*)=(.*)$/s.exec(item);
    return m ? { name: m[1], value: m[2].trim() } : null;
}
/** Name of a bare flag item (`--service-cidr`), or null. */
function bareFlagName(item) {
    const m = /^\s*--?([A-Za-z0-9][A-Za-z0-9_.-]*)\s*$/.exec(item);
    return m ? m[1] : null;
}
/**
 * The one reader of `extraArgs`, in either shape: a map (`flag: value`, kubeadm v1beta3 and older, Talos, k0s;
 * a duplicate key: the last wins, as in go-yaml's decoding) or a list of `{name, value}` (kubeadm v1beta4,
 * Cluster API v1beta2), where duplicates are allowed and all are passed on the command line, so the
 * component's flag parsing keeps the last (kubernetes/kubernetes cmd/kubeadm/app/util/arguments.go
 * ArgumentsToCommand; cmd/kubeadm/app/apis/kubeadm/v1beta4/types.go Arg). Both shapes are accepted whatever the
 * apiVersion says: the user's intent is unambiguous either way.
 *
 * Returns the entry of the flag's last occurrence: `key` is the map key, or for a list item the `value` key
 * (its `name` value when the item has no `value` key, then `value` is null); null when the flag is absent.
 */
function extraArgEntry(doc, extraArgs, flag) {
    const n = deref(doc, extraArgs);
    if ((0,dist/* isMap */.jh)(n))
        return mapEntry(doc, n, flag);
    if (!(0,dist/* isSeq */.oP)(n))
        return null;
    let found = null;
    for (const item of n.items) {
        const name = mapEntry(doc, item, 'name');
        if (!name || scalarText(name.value) !== flag)
            continue;
        const value = mapEntry(doc, item, 'value');
        found = value ?? { key: name.value ?? name.key, value: null };
    }
    return found;
}
/** The value node of `flag` in `extraArgs` (see extraArgEntry), or null when absent or without a value. */
function extraArgNode(doc, extraArgs, flag) {
    return extraArgEntry(doc, extraArgs, flag)?.value ?? null;
}
// ---------------------------------------------------------------------------------------------------------
// Kubernetes versions
/**
 * Loose minor version of a distribution's version field or image: 'v1.33.1', '1.28.3+k0s.0',
 * 'v1.24.10-rancher4-1', 'registry/kube-apiserver:v1.30.0', 'rancher/hyperkube:v1.11.1-rancher1' -> '1.33' etc.;
 * undefined when no version is visible.
 */
function minorVersion(text) {
    if (!text)
        return undefined;
    const m = /(?:^|[^\d.])v?(1)\.(\d{1,2})(?:\.\d+)?(?![\d])/.exec(text) ?? /^v?(1)\.(\d{1,2})/.exec(text);
    return m ? `${m[1]}.${m[2]}` : undefined;
}
/**
 * Kubernetes minor version ('1.33') from a kubeadm `kubernetesVersion` (`v1.33.2`, `1.33.0-rc.1`,
 * `stable-1.33`, `latest-1.34`, `ci/latest-1.34`) or an image tag (`v1.34.0`). Labels without a minor
 * (`stable`, `latest`) and templates give undefined: the engine then assumes the newest rules and says so.
 * kubeadm resolves the labels in cmd/kubeadm/app/util/version.go KubernetesReleaseVersion.
 */
function parseKubernetesMinor(text) {
    if (!text)
        return undefined;
    const m = /^(?:[a-z]+\/)?(?:stable-|latest-|v)?(\d+)\.(\d+)(?:\.\d+)?(?:[-+][0-9A-Za-z.+-]*)?$/.exec(text.trim());
    return m ? `${Number(m[1])}.${Number(m[2])}` : undefined;
}
/** Minor version from an image reference such as `kindest/node:v1.34.0@sha256:…`. */
function parseImageMinor(image) {
    if (!image)
        return undefined;
    const withoutDigest = image.split('@')[0];
    const colon = withoutDigest.lastIndexOf(':');
    if (colon < 0 || colon < withoutDigest.lastIndexOf('/'))
        return undefined;
    const tag = withoutDigest.slice(colon + 1);
    const m = /^v?(\d+)\.(\d+)(?:\.\d+)?/.exec(tag);
    return m ? `${Number(m[1])}.${Number(m[2])}` : undefined;
}
/**
 * Map lookup that follows YAML merge keys (`<<: *base`) the way kubeadm and kind decode them: through
 * sigs.k8s.io/yaml (go-yaml v2), in document order — see mapEntry in yaml-source.ts for the exact rules and sources.
 */
function lookup(doc, node, key) {
    return mapEntry(doc, node, key);
}
/** Walks a key path with `lookup`; returns the value node (null when a key is absent or has no value). */
function lookupPath(doc, node, path) {
    let cur = deref(doc, node);
    for (const key of path) {
        const entry = lookup(doc, cur, key);
        if (!entry)
            return null;
        cur = entry.value;
    }
    return cur;
}
/** Reads the value of `key` in `parent` (a map node), or undefined when the key is absent. */
function readField(ctx, parent, key, setting) {
    const entry = lookup(ctx.doc, parent, key);
    if (!entry)
        return undefined;
    return readValue(ctx, entry.value, entry.key, setting);
}
/** Reads a string value node; `keyNode` gives the position when the value is empty. */
function readValue(ctx, node, keyNode, setting) {
    const at = node ?? keyNode;
    const span = ctx.spanOf(at);
    if (node === null || ((0,dist/* isScalar */.jn)(node) && (node.value === null || node.value === undefined))) {
        return { kind: 'empty', span: ctx.spanOf(keyNode ?? node), setting };
    }
    const text = scalarText(node);
    if (text !== null) {
        const expression = findTemplateExpression(text);
        if (expression)
            return { kind: 'template', expression, span, setting };
        if (text.trim() === '')
            return { kind: 'empty', span, setting };
        return { kind: 'value', text, span, setting };
    }
    const raw = ctx.rawOf(node);
    const expression = findTemplateExpression(raw);
    if (expression)
        return { kind: 'template', expression, span, setting };
    return {
        kind: 'unreadable',
        reason: `${setting} is a ${(0,dist/* isSeq */.oP)(node) ? 'list' : (0,dist/* isMap */.jh)(node) ? 'map' : 'non-string value'}, not a string`,
        span,
        setting,
    };
}
/** The last value of flag `name` in a component's `extraArgs` (either shape, see extraArgEntry). */
function readExtraArg(ctx, component, name, settingPrefix) {
    const args = lookup(ctx.doc, component, 'extraArgs');
    if (!args || args.value === null)
        return undefined;
    return readArgs(ctx, args.value, name, `${settingPrefix}.extraArgs.${name}`);
}
/** `readExtraArg` on the `extraArgs` node itself (map or list form). */
function readArgs(ctx, node, name, setting) {
    if (node === null)
        return undefined;
    if ((0,dist/* isMap */.jh)(node) || (0,dist/* isSeq */.oP)(node)) {
        const entry = extraArgEntry(ctx.doc, node, name);
        return entry ? readValue(ctx, entry.value, entry.key, setting) : undefined;
    }
    // extraArgs itself is a template (`{{ toYaml .Values.args }}`): unknown only if it could name the flag.
    const text = ctx.rawOf(node);
    const expression = findTemplateExpression(text);
    if (expression && text.includes(name))
        return { kind: 'template', expression, span: ctx.spanOf(node), setting };
    return undefined;
}
/** The Problem that stands in for a field the gate cannot read (SPEC §3 unreadable-config). */
function fieldProblem(read, format, hidesRange, consequence) {
    const what = read.kind === 'template'
        ? `${read.setting} is templated (${read.expression})`
        : read.kind === 'unreadable'
            ? read.reason
            : `${read.setting} cannot be read`;
    return { line: read.span.line, column: read.span.column, message: `${what}: ${consequence}`, hidesRange, setting: read.setting, format };
}

;// CONCATENATED MODULE: ./src/formats/distributions/k3s.ts
// k3s and RKE2 server configuration (the same keys: docs.k3s.io/cli/server, docs.rke2.io/reference/server_config):
//   service-cidr  (default 10.43.0.0/16; a string "a,b" or a YAML list; k3s-io/k3s pkg/cli/cmds/server.go
//                  declares it a StringSliceFlag, so repeated command-line flags accumulate)
//   cluster-cidr  (pods, default 10.42.0.0/16)     cluster-dns (the CoreDNS Service IP)
//   kube-apiserver-arg / kube-controller-manager-arg: "flag=value" items appended after the flags k3s
//                  computes, so `service-cluster-ip-range=` there is what that component runs with.
// Found as: a config.yaml map (top level or nested: Ansible `k3s_server:` vars, cloud-configs), a command-line
// list (`k3sArgs: [server, --service-cidr, 10.53.0.0/16]`), flags inside a string (`extra_server_args: >-
// ... --service-cidr=...`), and Ansible role variables `rke2_service_cidr` / `rke2_cluster_cidr`.
// Immutable: "Dual-stack networking must be configured when the cluster is first created. It cannot be
// enabled on an existing cluster once it has been started as IPv4-only." (docs.k3s.io
// networking/basic-network-options; the same note in rancher/rke2-docs#415).




const FORMAT = 'k3s';
const K3S_DEFAULT_SERVICE_CIDR = '10.43.0.0/16';
const K3S_DUAL_STACK_IMMUTABLE = 'k3s/RKE2: "Dual-stack networking must be configured when the cluster is first created. It cannot be enabled on an existing cluster once it has been started as IPv4-only." (docs.k3s.io/networking/basic-network-options, docs.rke2.io networking)';
/** Keys of k3s/RKE2 server configs (the config-file spelling of server flags). */
const K3S_KEYS = new Set([
    'service-cidr',
    'cluster-cidr',
    'cluster-dns',
    'kube-apiserver-arg',
    'kube-controller-manager-arg',
    'kube-scheduler-arg',
    'kube-proxy-arg',
    'kubelet-arg',
    'write-kubeconfig-mode',
    'write-kubeconfig',
    'tls-san',
    'cluster-init',
    'flannel-backend',
    'disable-network-policy',
    'disable-kube-proxy',
    'disable-cloud-controller',
    'etcd-expose-metrics',
    'secrets-encryption',
    'node-taint',
    'node-label',
    'cni',
    'egress-selector-mode',
    'disable',
    'node-ip',
    'cluster-domain',
    'service-node-port-range',
    'disable-helm-controller',
    'embedded-registry',
    'etcd-snapshot-schedule-cron',
    'profile',
]);
/** Keys only a server has: a config with one of them defines the cluster's ranges (agents do not). */
const SERVER_KEYS = new Set([
    'service-cidr',
    'cluster-cidr',
    'cluster-dns',
    'kube-apiserver-arg',
    'kube-controller-manager-arg',
    'kube-scheduler-arg',
    'write-kubeconfig-mode',
    'write-kubeconfig',
    'tls-san',
    'cluster-init',
    'flannel-backend',
    'disable-network-policy',
    'disable-cloud-controller',
    'etcd-expose-metrics',
    'secrets-encryption',
    'cni',
    'egress-selector-mode',
    'disable',
    'disable-helm-controller',
    'etcd-snapshot-schedule-cron',
    'service-node-port-range',
]);
/** Command-line flags that only a k3s/RKE2 server takes (kube-apiserver itself says --service-cluster-ip-range). */
const SERVER_FLAGS = new Set([
    'service-cidr',
    'cluster-init',
    'disable',
    'tls-san',
    'flannel-backend',
    'write-kubeconfig-mode',
    'kube-apiserver-arg',
    'cluster-dns',
    'cluster-cidr',
]);
const k3sFormat = {
    id: FORMAT,
    extract: (source) => guardExtraction(FORMAT, () => extractK3s(source)),
};
function extractK3s(source) {
    const yaml = source.yaml;
    const out = { settings: [], problems: [] };
    if (yaml) {
        yaml.documents.forEach((doc) => readDocument(source, doc, out));
        // Jinja/Go templates often break YAML before the value is reached; never pass silently then.
        if (out.settings.length === 0 && out.problems.length === 0 && yaml.problems.length > 0)
            scanBrokenText(source, out);
    }
    else {
        scanBrokenText(source, out);
    }
    return out.settings.length || out.problems.length ? out : EMPTY_EXTRACTION;
}
function readDocument(source, doc, out) {
    const claimed = new Set();
    walkMaps(doc, doc.contents, (map, path) => {
        const keys = mapKeys(doc, map);
        const parentKey = path[path.length - 1] ?? '';
        // kubeadm/Talos `extraArgs` maps carry kube-apiserver flags, never k3s keys.
        if (/extraArgs$|Args$/i.test(parentKey))
            return;
        const k3sKeys = keys.filter((k) => K3S_KEYS.has(k));
        // Without service-cidr itself: two k3s keys, one of them a hyphenated server-only key (a Helm values
        // file with `cni:` and `disable:` is not a k3s config).
        const isConfig = keys.includes('service-cidr') || (k3sKeys.length >= 2 && k3sKeys.some((k) => k.includes('-') && SERVER_KEYS.has(k)));
        if (isConfig) {
            readConfigMap(source, doc, map, path, out);
            for (const k of ['kube-apiserver-arg', 'kube-controller-manager-arg'])
                claimed.add(mapEntry(doc, map, k)?.value);
        }
        // Ansible role variables (lablabs/ansible-role-rke2 defaults): rke2_service_cidr / rke2_cluster_cidr.
        readRoleVars(source, doc, map, path, out);
    });
    walkLists(doc, doc.contents, [], 0, (seq, path) => {
        if (!claimed.has(seq))
            readArgList(source, doc, seq, path, out);
    });
    // A shell script or unit that happens to parse as one YAML string is a command line, read with its variables
    // and control flow by the flag readers (src/formats/flags/k3s-server-flags.ts), not as a flag string here.
    if (isShellOrUnit(source.path, source.text))
        return;
    walkStrings(doc, doc.contents, [], 0, (node, path) => readFlagString(source, node, path, out));
}
function idOf(path) {
    return `k3s/${path.length ? path.join('.') : 'config'}`;
}
function dualStackImmutable(value) {
    return value.includes(',') ? K3S_DUAL_STACK_IMMUTABLE : undefined;
}
function readConfigMap(source, doc, map, path, out) {
    const id = idOf(path);
    const make = settingMaker({ format: FORMAT, group: id });
    const service = mapEntry(doc, map, 'service-cidr');
    const subject = `${id}/service-range`;
    if (service) {
        const read = readRange(source, doc, service.value);
        if (read.kind === 'value') {
            out.settings.push(make({
                subject,
                role: 'service-range',
                component: 'platform',
                setting: 'service-cidr',
                value: read.text,
                origin: 'explicit',
                span: read.span,
                immutable: dualStackImmutable(read.text),
            }));
        }
        else if (read.kind === 'template') {
            out.problems.push(templateProblem(FORMAT, 'service-cidr', read.span, read.expression));
        }
        else if (read.kind === 'unreadable') {
            out.problems.push(unreadableProblem(FORMAT, 'service-cidr', read.span, read.reason));
        }
        if (read.kind !== 'empty')
            readConfigRest(source, doc, map, id, make, out);
        if (read.kind !== 'empty')
            return;
    }
    out.settings.push(make({
        subject,
        role: 'service-range',
        component: 'platform',
        setting: 'service-cidr',
        value: K3S_DEFAULT_SERVICE_CIDR,
        origin: 'default',
        span: defaultSpan(source, doc, path),
        defaultNote: 'k3s/RKE2 default when service-cidr is absent (docs.k3s.io/cli/server: "default: 10.43.0.0/16")',
    }));
    readConfigRest(source, doc, map, id, make, out);
}
/** Where a default points: the key that holds the config map, or line 1 for a top-level config. */
function defaultSpan(source, doc, path) {
    if (path.length === 0 || path.some((p) => p.startsWith('[')))
        return lineSpan(1);
    let node = doc.contents;
    let key = null;
    for (const p of path) {
        const e = mapEntry(doc, node, p);
        if (!e)
            return lineSpan(1);
        key = e.key;
        node = e.value;
    }
    return keySpan(source, key);
}
function readConfigRest(source, doc, map, id, make, out) {
    emitRange(out, source, doc, mapEntry(doc, map, 'cluster-cidr')?.value ?? null, make, { subject: `${id}/pod-range`, role: 'pod-range', component: 'platform', setting: 'cluster-cidr' }, FORMAT);
    emitRange(out, source, doc, mapEntry(doc, map, 'cluster-dns')?.value ?? null, make, { subject: `${id}/dns-address`, role: 'dns-address', component: 'platform', setting: 'cluster-dns' }, FORMAT);
    for (const [key, component] of [
        ['kube-apiserver-arg', 'kube-apiserver'],
        ['kube-controller-manager-arg', 'kube-controller-manager'],
    ]) {
        const node = mapEntry(doc, map, key)?.value ?? null;
        const items = (0,dist/* isSeq */.oP)(node) ? node.items.map((i) => deref(doc, i)) : node ? [node] : [];
        let last = null;
        for (const item of items) {
            const t = scalarText(item);
            const arg = t === null ? null : splitFlagArg(t);
            if (arg && arg.name === 'service-cluster-ip-range')
                last = item;
        }
        if (!last || !(0,dist/* isScalar */.jn)(last) || !last.range)
            continue;
        // The value starts after "service-cluster-ip-range=" inside the item: point at it exactly.
        const raw = source.text.slice(last.range[0], last.range[1]);
        const eq = raw.indexOf('=');
        const value = splitFlagArg(scalarText(last) ?? '')?.value ?? '';
        const start = last.range[0] + eq + 1;
        const span = source.span(start, start + value.length);
        const setting = `${key}: service-cluster-ip-range`;
        const expr = findTemplateExpression(value);
        if (expr) {
            out.problems.push(templateProblem(FORMAT, setting, span, expr));
            continue;
        }
        out.settings.push(make({ subject: `${id}/${component}`, role: 'service-range', component, setting, value, origin: 'explicit', span }));
    }
    preferApiserverOverride(out, id);
}
function readRoleVars(source, doc, map, path, out) {
    const id = `k3s/${path.length ? `${path.join('.')}.` : ''}rke2-role`;
    const make = settingMaker({ format: FORMAT, group: id });
    const service = mapEntry(doc, map, 'rke2_service_cidr');
    if (service) {
        const read = readRange(source, doc, service.value);
        if (read.kind === 'value') {
            out.settings.push(make({
                subject: `${id}/service-range`,
                role: 'service-range',
                component: 'platform',
                setting: 'rke2_service_cidr',
                value: read.text,
                origin: 'explicit',
                span: read.span,
                immutable: dualStackImmutable(read.text),
            }));
        }
        else if (read.kind === 'template') {
            out.problems.push(templateProblem(FORMAT, 'rke2_service_cidr', read.span, read.expression));
        }
    }
    if (service || mapEntry(doc, map, 'rke2_cluster_cidr')) {
        emitRange(out, source, doc, mapEntry(doc, map, 'rke2_cluster_cidr')?.value ?? null, make, { subject: `${id}/pod-range`, role: 'pod-range', component: 'platform', setting: 'rke2_cluster_cidr' }, FORMAT);
    }
}
// ---- command-line lists: k3OS `k3sArgs`, container args, systemd-like lists in YAML ----
function walkLists(doc, node, path, depth, visit) {
    const n = deref(doc, node);
    if (!n || depth > MAX_WALK_DEPTH)
        return;
    if ((0,dist/* isMap */.jh)(n))
        for (const p of n.items)
            walkLists(doc, p.value, [...path, (0,dist/* isScalar */.jn)(p.key) ? String(p.key.value) : '?'], depth + 1, visit);
    else if ((0,dist/* isSeq */.oP)(n)) {
        visit(n, path);
        n.items.forEach((i, k) => walkLists(doc, i, [...path, `[${k}]`], depth + 1, visit));
    }
}
function readArgList(source, doc, seq, path, out) {
    if (!(0,dist/* isSeq */.oP)(seq))
        return;
    const items = seq.items.map((i) => deref(doc, i));
    const texts = items.map((i) => scalarText(i));
    const flagName = (t) => (t === null ? null : (bareFlagName(t) ?? (/^\s*--/.test(t) ? (splitFlagArg(t)?.name ?? null) : null)));
    const names = texts.map(flagName);
    const hasServiceCidr = names.includes('service-cidr');
    const isServer = texts.some((t) => t === 'server' || (t !== null && /\bk3s\s+server\b|\brke2\s+server\b/.test(t))) &&
        names.some((n) => n !== null && SERVER_FLAGS.has(n));
    if (!hasServiceCidr && !isServer)
        return;
    const id = idOf(path);
    const make = settingMaker({ format: FORMAT, group: id });
    const values = [];
    const pods = [];
    for (let i = 0; i < items.length; i++) {
        const t = texts[i];
        const item = items[i];
        if (t === null || !item?.range)
            continue;
        const bare = bareFlagName(t);
        let value = null;
        let start = 0;
        let end = 0;
        let node = item;
        const name = bare ?? (/^\s*--/.test(t) ? (splitFlagArg(t)?.name ?? null) : null);
        if (name !== 'service-cidr' && name !== 'cluster-cidr')
            continue;
        if (bare) {
            const next = items[i + 1];
            const nt = scalarText(next);
            if (!next?.range || nt === null)
                continue;
            value = nt;
            node = next;
            start = next.range[0];
            end = next.range[1];
            i++;
        }
        else {
            value = splitFlagArg(t)?.value ?? null;
            const raw = source.text.slice(item.range[0], item.range[1]);
            start = item.range[0] + raw.indexOf('=') + 1;
            end = start + (value?.length ?? 0);
        }
        if (value === null)
            continue;
        (name === 'service-cidr' ? values : pods).push({ value, node, start, end });
    }
    emitAccumulated(source, out, make, id, values, 'service-range', '--service-cidr', seq, path, doc);
    emitAccumulated(source, out, make, id, pods, 'pod-range', '--cluster-cidr', seq, path, doc);
}
/** k3s StringSlice flags accumulate: `--service-cidr a --service-cidr b` is "a,b". */
function emitAccumulated(source, out, make, id, values, role, setting, seq, path, doc) {
    const subject = `${id}/${role}`;
    for (const v of values) {
        const expr = findTemplateExpression(v.value);
        if (expr) {
            out.problems.push(templateProblem(FORMAT, setting, source.span(v.start, v.end), expr));
            return;
        }
    }
    if (values.length === 0) {
        if (role !== 'service-range' || !seq || !doc)
            return;
        out.settings.push(make({
            subject,
            role,
            component: 'platform',
            setting,
            value: K3S_DEFAULT_SERVICE_CIDR,
            origin: 'default',
            span: defaultSpan(source, doc, path),
            defaultNote: 'k3s/RKE2 default when --service-cidr is not given (docs.k3s.io/cli/server)',
        }));
        return;
    }
    const value = values.map((v) => v.value).join(',');
    const span = source.span(values[0].start, values[values.length - 1].end);
    out.settings.push(make({
        subject,
        role,
        component: 'platform',
        setting,
        value,
        origin: 'explicit',
        span,
        immutable: role === 'service-range' ? dualStackImmutable(value) : undefined,
    }));
}
// ---- flags inside strings: Ansible `extra_server_args: >- ... --service-cidr=...`, INSTALL_K3S_EXEC ----
function walkStrings(doc, node, path, depth, visit) {
    const n = deref(doc, node);
    if (!n || depth > MAX_WALK_DEPTH)
        return;
    if ((0,dist/* isMap */.jh)(n))
        for (const p of n.items)
            walkStrings(doc, p.value, [...path, (0,dist/* isScalar */.jn)(p.key) ? String(p.key.value) : '?'], depth + 1, visit);
    else if ((0,dist/* isSeq */.oP)(n))
        n.items.forEach((i, k) => walkStrings(doc, i, [...path, `[${k}]`], depth + 1, visit));
    else if ((0,dist/* isScalar */.jn)(n) && typeof n.value === 'string' && /--service-cidr[=\s]/.test(n.value) && /\s--/.test(n.value))
        visit(n, path);
}
const FLAG_IN_TEXT = /--(service-cidr|cluster-cidr)(?:=|[ \t]+)(?:"([^"\n]*)"|'([^'\n]*)'|([^\s"'\\]+))/g;
function readFlagString(source, node, path, out) {
    if (!node.range)
        return;
    const id = idOf(path);
    const make = settingMaker({ format: FORMAT, group: id });
    // Read the flags from the file text itself, so every span is exact even in folded or quoted scalars.
    const raw = source.text.slice(node.range[0], node.range[1]);
    const services = [];
    const pods = [];
    for (const m of raw.matchAll(FLAG_IN_TEXT)) {
        const value = m[2] ?? m[3] ?? m[4] ?? '';
        const offsetInMatch = m[0].length - value.length - (m[2] !== undefined || m[3] !== undefined ? 1 : 0);
        const start = node.range[0] + (m.index ?? 0) + offsetInMatch;
        (m[1] === 'service-cidr' ? services : pods).push({ value, start, end: start + value.length });
    }
    // A string is a fragment of a command line: what is not in it is unknown, so no default here.
    emitAccumulated(source, out, make, id, services, 'service-range', '--service-cidr', null, path, null);
    if (services.length)
        emitAccumulated(source, out, make, id, pods, 'pod-range', '--cluster-cidr', null, path, null);
}
// ---- text fallback for files YAML cannot read (Jinja blocks around the config) ----
function scanBrokenText(source, out) {
    out.problems.push(...scanKeyLines(source, FORMAT, ['service-cidr', 'rke2_service_cidr']));
}

;// CONCATENATED MODULE: ./src/formats/flags/k3s-server-flags.ts
// k3s / RKE2 server flags on a command line (issue 13): a systemd unit's `ExecStart=/usr/local/bin/k3s server
// --service-cidr=…` (what the get.k3s.io installer writes), `rke2 server …` in a script, and the installer's
// `INSTALL_K3S_EXEC="server --service-cidr=…"` in scripts, env files and unit `Environment=` lines. The YAML
// spellings (config.yaml, Ansible vars, cloud-init strings) are src/formats/distributions/k3s.ts; the defaults,
// the dual-stack immutability and the group are the same as there.
//
// k3s parses its flags with urfave/cli on Go's flag package: `--service-cidr value`, `--service-cidr=value` and the
// single-dash spellings are all accepted (Go flag: "One or two dashes may be used; they are equivalent"), and
// `service-cidr` / `cluster-cidr` are StringSlice flags (k3s-io/k3s pkg/cli/cmds/server.go ServiceCIDR,
// ClusterCIDR: `cli.StringSliceFlag`), so repeated occurrences accumulate ("a,b"). The default service CIDR is
// 10.43.0.0/16 (k3s-io/k3s pkg/cli/cmds/server.go `Usage: "(networking) IPv4/IPv6 network CIDRs to use for service
// IPs (default: 10.43.0.0/16)"`, applied in pkg/daemons/config defaults; RKE2 the same, docs.rke2.io).
//
// INSTALL_K3S_EXEC (get.k3s.io install.sh): "Command with flags to use for launching k3s in the systemd service,
// if the command is not specified will default to 'agent' if K3S_URL is set or 'server' if not. The final systemd
// command resolves to a combination of EXEC and script args ($@)": a fragment of the command line, so a flag it
// does not carry is not a default (the script args or config.yaml may carry it).






const k3s_server_flags_FORMAT = 'k3s';
/** The group of the k3s config.yaml reader (distributions/k3s.ts idOf([])): one k3s server's settings. */
const K3S_GROUP = 'k3s/config';
const k3s_server_flags_WRAPPERS = new Set(['exec', 'sudo', 'nohup', 'env', 'time', 'nice', 'setsid']);
const INSTALL_K3S_EXEC_LINE = /(?:^|[\s;&|(])(?:export[ \t]+)?INSTALL_K3S_EXEC=/;
/** The arguments after `k3s server` / `rke2 server` in one argv, or null when it runs no k3s/RKE2 server. */
function k3sServerArgs(argv) {
    let i = 0;
    while (i < argv.length && (/^[A-Za-z_][A-Za-z0-9_]*=/.test(argv[i].text) || k3s_server_flags_WRAPPERS.has(programName(argv[i].text))))
        i++;
    const program = argv[i];
    if (!program)
        return null;
    const name = programName(program.text);
    if (name !== 'k3s' && name !== 'rke2')
        return null;
    if (argv[i + 1]?.text !== 'server')
        return null;
    return { program, distribution: name, args: argv.slice(i + 2) };
}
/** Every occurrence of a StringSlice flag (`--name=v`, `--name v`, single dash too), in order. */
function readSlice(args, name) {
    const values = [];
    const opaque = [];
    for (let i = 0; i < args.length; i++) {
        const t = args[i].text;
        if (t === '--')
            break;
        if (args[i].opaque)
            opaque.push(args[i]);
        const m = /^--?([A-Za-z0-9-]+)(=?)/.exec(t);
        if (!m || m[1] !== name)
            continue;
        if (m[2] === '=')
            values.push({ value: t.slice(m[0].length), arg: args[i], from: m[0].length });
        else if (i + 1 < args.length) {
            values.push({ value: args[i + 1].text, arg: args[i + 1], from: 0 });
            i++;
        }
    }
    return { values, opaque };
}
/**
 * Settings of one k3s/RKE2 server command line. `fragment`: the arguments are only part of the command line
 * (INSTALL_K3S_EXEC), so an absent flag is unknown rather than the default.
 */
function k3sServerSettings(source, label, program, args, fragment) {
    const make = settingMaker({ format: k3s_server_flags_FORMAT, group: K3S_GROUP });
    const settings = [];
    const problems = [];
    const id = `k3s/${label}`;
    const read = (flag, role) => {
        const { values, opaque } = readSlice(args, flag);
        const setting = `--${flag}`;
        for (const v of values) {
            const hidden = v.arg.unresolved?.[0];
            const expression = hidden ? null : findTemplateExpression(v.value);
            if (hidden || expression) {
                const p = source.position(hidden ? hidden.useOffset : v.arg.offsets[v.from]);
                const problem = {
                    line: p.line,
                    column: p.column,
                    message: hidden
                        ? `${setting} of the k3s/RKE2 server reads ${hidden.written}, which cannot be resolved here: ${hidden.reason}`
                        : `${setting} is templated (${expression}): the Service range cannot be read until the template is rendered`,
                    hidesRange: role === 'service-range',
                    setting,
                    format: k3s_server_flags_FORMAT,
                };
                if (hidden?.definitionOffsets.length)
                    problem.reachedFrom = hidden.definitionOffsets.map((o) => source.position(o).line);
                problems.push(problem);
                return;
            }
        }
        if (values.length === 0) {
            if (role !== 'service-range' || fragment)
                return;
            if (opaque.length > 0) {
                // An expansion may carry the flag; said only where the text names it (else the range is config.yaml's).
                if (!/service-cidr/i.test(source.text))
                    return;
                const p = source.position(opaque[0].offsets[0]);
                problems.push({
                    line: p.line,
                    column: p.column,
                    message: `${setting} of the k3s/RKE2 server may be set by ${opaque[0].text}, expanded outside this file`,
                    hidesRange: true,
                    setting,
                    format: k3s_server_flags_FORMAT,
                });
                return;
            }
            settings.push(make({
                subject: `${id}/${role}`,
                role,
                component: 'platform',
                setting,
                value: K3S_DEFAULT_SERVICE_CIDR,
                origin: 'default',
                span: source.span(program.offsets[0], program.offsets[program.text.length]),
                defaultNote: 'k3s/RKE2 default when --service-cidr is not given (docs.k3s.io/cli/server)',
            }));
            return;
        }
        const value = values.map((v) => v.value).join(',');
        const first = values[0];
        const last = values[values.length - 1];
        const through = values.length === 1 ? variablePath(source, `the k3s/RKE2 server ${setting}`, first.arg, first.from, first.from > 0) : null;
        const span = through?.span ?? source.span(first.arg.offsets[first.from], last.arg.offsets[last.arg.text.length]);
        const s = make({ subject: `${id}/${role}`, role, component: 'platform', setting, value, origin: 'explicit', span });
        if (through)
            s.reachedThrough = through.reachedThrough;
        if (role === 'service-range' && value.includes(','))
            s.immutable = K3S_DUAL_STACK_IMMUTABLE;
        settings.push(s);
    };
    read('service-cidr', 'service-range');
    read('cluster-cidr', 'pod-range');
    return { settings, problems };
}
/**
 * INSTALL_K3S_EXEC="…" on one logical line (text from the value on, with file offsets): the installer's server
 * flags, or null when the value runs an agent.
 */
function installExecArgs(text, offsets) {
    const value = tokenizeShell(text, offsets).find((t) => !t.operator);
    if (!value)
        return null;
    const words = tokenizeShell(value.text, value.offsets).filter((t) => !t.operator);
    // "if the command is not specified will default to 'agent' if K3S_URL is set or 'server' if not".
    if (words[0] && !words[0].text.startsWith('-') && words[0].text !== 'server')
        return null;
    const args = words[0]?.text === 'server' ? words.slice(1) : words;
    const program = { text: value.text, offsets: value.offsets };
    return { program, args };
}

;// CONCATENATED MODULE: ./src/formats/flags/text-carriers-format.ts
// Plain-text flag carriers: systemd units (`ExecStart=` with backslash continuations), shell scripts (including
// heredocs that write such units), sysconfig env files (`KUBE_API_ARGS="…"`, `KUBE_SERVICE_ADDRESSES="…"`,
// `KUBE_CONTROLLER_MANAGER_ARGS="…"`), CoreOS cloud-config embedding units in `content: |`, and — for templated
// manifests that are not valid YAML — container argv written as YAML list items.
//
// A flag is read only on a command line whose program is kube-apiserver or kube-controller-manager (or the
// env variable that feeds one): the same flag name on another program (kube-router, wget of a release URL…)
// says nothing about the cluster's Service range.
//
// Which command runs (src/formats/flags/3-invocation-that-runs.ts): a shell script's commands are read in order with their control
// flow (`exec` replaces the shell, `false && …` and `if false` never run, a variable names the program), a unit's
// `ExecStart=` list restarts at an empty `ExecStart=`, and each heredoc a script writes is its own file. When
// several commands may run with different ranges, the reader says so (blocking) instead of picking one.
//
// No double reading: a YAML file with a mapping/sequence structure belongs to the structured formats; only its
// multi-line string values (cloud-config unit contents) are read here, and not those the manifest reader
// understands. A broken (templated) YAML file is read as text only when the manifest reader found nothing in it.













const FLAGS_FORMAT_ID = 'flags';
/**
 * kubernetes-retired/contrib init/systemd/kube-apiserver.service passes `$KUBE_SERVICE_ADDRESSES … $KUBE_API_ARGS`
 * in this order from the EnvironmentFile /etc/kubernetes/apiserver, so a flag in KUBE_API_ARGS wins over one in
 * KUBE_SERVICE_ADDRESSES (last wins). kube-controller-manager.service passes `$KUBE_CONTROLLER_MANAGER_ARGS`.
 */
const ENV_VARIABLES = {
    KUBE_SERVICE_ADDRESSES: { component: 'kube-apiserver', order: 0 },
    KUBE_API_ARGS: { component: 'kube-apiserver', order: 1 },
    KUBE_APISERVER_ARGS: { component: 'kube-apiserver', order: 1 },
    KUBE_CONTROLLER_MANAGER_ARGS: { component: 'kube-controller-manager', order: 1 },
};
const ENV_LINE = /^[ \t]*(?:export[ \t]+)?(KUBE_SERVICE_ADDRESSES|KUBE_API_ARGS|KUBE_APISERVER_ARGS|KUBE_CONTROLLER_MANAGER_ARGS)=/;
/** systemd ExecStart= with its optional prefixes `@-:+!` (systemd.service(5) "Table 1. Special executable prefixes"). */
const EXEC_LINE = /^[ \t]*ExecStart[ \t]*=[ \t]*[-@:+!]*/;
const PROGRAM_WORD = /(^|[\s/\\"'=;&|(])(kube-apiserver|kube-controller-manager|hyperkube)(\.exe)?(?=$|[\s"';&|)])/;
/** A YAML list item that starts a control-plane argv: `- kube-apiserver`, `- /hyperkube`, `- "kube-controller-manager"`. */
const YAML_PROGRAM_ITEM = /^([ \t]*)-[ \t]+(["']?)((?:\S*\/)?(?:kube-apiserver|kube-controller-manager|hyperkube)(?:\.exe)?)\2[ \t]*$/;
const YAML_ITEM = /^([ \t]*)-[ \t]+(.*?)[ \t]*$/;
/** A line that is only a template directive (`{% if … %}`, `{{- end }}`): it does not end a YAML list. */
const TEMPLATE_ONLY_LINE = /^[ \t]*(\{%.*%\}|\{\{.*\}\}|%\{.*\})[ \t]*$/;
const UNIT_FILE = /^[ \t]*\[(Unit|Service|Install)\][ \t]*$/m;
const flagTextFormat = {
    id: FLAGS_FORMAT_ID,
    extract(source) {
        try {
            return extractFlagText(source);
        }
        catch (e) {
            return {
                settings: [],
                problems: [{ line: 1, message: `command line could not be read: ${e instanceof Error ? e.message : String(e)}`, format: FLAGS_FORMAT_ID }],
            };
        }
    },
};
function extractFlagText(source) {
    if (!/kube-apiserver|kube-controller-manager|hyperkube|KUBE_(API|APISERVER|SERVICE|CONTROLLER)|k3s|rke2|INSTALL_K3S_EXEC/.test(source.text))
        return EMPTY_EXTRACTION;
    if (isStructuredYaml(source))
        return readEmbeddedTexts(source);
    const manifest = workloadsFormat.extract(source);
    if (manifest.settings.length > 0 || manifest.problems.some((p) => p.hidesRange))
        return EMPTY_EXTRACTION;
    return readText(source, 'text');
}
/**
 * A YAML stream without errors whose documents are mappings or sequences (not a script that parses as a string,
 * nor a script or unit that happens to parse as a mapping: see isShellOrUnit).
 */
function isStructuredYaml(source) {
    if (isShellOrUnit(source.path, source.text))
        return false;
    const yaml = source.yaml;
    if (!yaml || yaml.problems.length > 0 || yaml.documents.length === 0)
        return false;
    return yaml.documents.some((d) => (0,dist/* isMap */.jh)(d.contents) || (0,dist/* isSeq */.oP)(d.contents));
}
function readEmbeddedTexts(source) {
    const settings = [];
    const problems = [];
    for (const doc of source.yaml?.documents ?? []) {
        for (const { node, label } of labelledBlockScalars(doc.contents, '')) {
            const text = node.value;
            if (!/kube-apiserver|kube-controller-manager|hyperkube|KUBE_/.test(text))
                continue;
            const emb = embeddedText(source, node);
            if (!emb)
                continue;
            const inner = new Source(source.path, text);
            // A manifest embedded here is the manifest reader's (workload-manifests-format.ts reads block scalars too).
            if (workloadsFormat.extract(inner).settings.length > 0)
                continue;
            if (isStructuredYaml(inner))
                continue;
            const r = readText(inner, label);
            for (const s of r.settings)
                settings.push({ ...s, span: mapSpan(s.span, emb.toOuter) });
            for (const p of r.problems) {
                const o = emb.toOuter(p.line, p.column ?? 1);
                problems.push({ ...p, line: o.line, column: o.column });
            }
        }
    }
    return uniqueSubjects({ settings, problems });
}
/** Block scalars with a label from their map: cloud-config `name:` (unit) or `path:` (write_files). */
function* labelledBlockScalars(node, label) {
    if ((0,dist/* isMap */.jh)(node)) {
        let here = label;
        for (const pair of node.items) {
            const k = (0,dist/* isScalar */.jn)(pair.key) ? String(pair.key.value) : '';
            if ((k === 'name' || k === 'path') && (0,dist/* isScalar */.jn)(pair.value) && typeof pair.value.value === 'string')
                here = pair.value.value;
        }
        for (const pair of node.items)
            yield* labelledBlockScalars(pair.value, here);
    }
    else if ((0,dist/* isSeq */.oP)(node)) {
        for (const item of node.items)
            yield* labelledBlockScalars(item, label);
    }
    else if ((0,dist/* isScalar */.jn)(node) && typeof node.value === 'string' && node.value.includes('\n')) {
        yield { node: node, label: label || 'embedded' };
    }
}
function uniqueSubjects(r) {
    const seen = new Set();
    const settings = r.settings.map((s) => {
        let subject = s.subject;
        for (let n = 2; seen.has(`${s.role}|${subject}`); n++)
            subject = `${s.subject}#${n}`;
        seen.add(`${s.role}|${subject}`);
        return subject === s.subject ? s : { ...s, subject };
    });
    return { settings, problems: r.problems };
}
/** A shell script by its shebang or file name: its commands are read in order, with control flow (3-invocation-that-runs.ts). */
const SCRIPT_NAME = /\.(sh|bash|ksh|zsh|ash)(\.(j2|tpl|tmpl|erb|in))?$/i;
/** A heredoc operator: `<<EOF`, `<<-EOF`, `<<'EOF'`, `<< "EOF"`. */
const HEREDOC = /<<(-?)[ \t]*(['"]?)([A-Za-z_][A-Za-z0-9_]*)\2/;
/** Reads every control-plane command line (and env variable) of a plain text. */
function readText(source, label) {
    const text = source.text;
    const settings = [];
    const problems = [];
    const scope = {
        label,
        // A script that happens to parse as a YAML string is read by the k3s YAML reader already (its flag strings).
        k3s: /k3s|rke2|INSTALL_K3S_EXEC/.test(text) && !extractK3s(source).settings.some((s) => s.setting === '--service-cidr') ? [] : null,
        add: (r) => {
            settings.push(...r.settings);
            problems.push(...r.problems);
        },
        envArgs: new Map(),
        baseCtx: { source, format: FLAGS_FORMAT_ID, group: controlPlaneGroup(source.path) },
        starts: lineStartsOf(text),
        lines: text.split('\n'),
        heredoc: /<<-?[ \t]*\w+/.test(text),
    };
    const all = { from: 0, to: scope.lines.length };
    const shebang = text.startsWith('#!');
    if (!shebang && (UNIT_FILE.test(text) || (/^[ \t]*ExecStart[ \t]*=/m.test(text) && !scope.heredoc)))
        readUnit(scope, all);
    else if (shebang || SCRIPT_NAME.test(source.path))
        readScript(scope, all, text.includes('\r\n'));
    else
        readLoose(scope, all);
    for (const [component, parts] of scope.envArgs) {
        parts.sort((a, b) => a.order - b.order);
        const args = parts.flatMap((p) => p.args);
        const program = parts[parts.length - 1].program;
        scope.add(fromInvocation({ component, program, args }, scope.baseCtx, `${label === 'text' ? 'env' : label}`, false));
    }
    if (scope.k3s)
        readK3s(scope);
    return uniqueSubjects({ settings, problems });
}
/**
 * k3s/RKE2 servers: the last command line that runs one (a unit's ExecStart=, a script's command), else the last
 * INSTALL_K3S_EXEC the text assigns (k3s-server-flags.ts).
 */
function readK3s(scope) {
    const source = scope.baseCtx.source;
    const found = scope.k3s ?? [];
    for (let li = 0; li < scope.lines.length; li++) {
        const m = INSTALL_K3S_EXEC_LINE.exec(scope.lines[li]);
        if (!m)
            continue;
        const from = scope.starts[li] + (m.index ?? 0) + m[0].length;
        const logical = readLogicalLine(source.text, from, scope.starts, { unit: false });
        li = Math.max(li, logical.lastLine);
        const exec = installExecArgs(logical.text, logical.offsets);
        if (exec)
            found.push({ ...exec, fragment: true });
    }
    const command = [...found].reverse().find((c) => !c.fragment) ?? found[found.length - 1];
    if (!command)
        return;
    scope.add(k3sServerSettings(source, command.fragment ? 'INSTALL_K3S_EXEC' : 'server', command.program, command.args, command.fragment));
}
/** Records the k3s/RKE2 server among commands that may run. */
function noteK3s(scope, argv) {
    if (!scope.k3s)
        return;
    const server = k3sServerArgs(argv);
    if (server)
        scope.k3s.push({ program: server.program, args: server.args, fragment: false });
}
/** `KUBE_API_ARGS="…"` and friends (sysconfig env files, also when sourced by a script). */
function readEnvLine(scope, li, env) {
    const text = scope.baseCtx.source.text;
    const line = scope.lines[li];
    const lineStart = scope.starts[li];
    const name = env[1];
    const logical = readLogicalLine(text, lineStart + env[0].length, scope.starts, { unit: false });
    // The env value is one word after quote removal; systemd then splits `$NAME` on whitespace.
    const words = tokenizeShell(logical.text, logical.offsets).filter((t) => !t.operator);
    const value = words[0];
    if (!value)
        return logical.lastLine;
    const args = tokenizeShell(value.text, value.offsets).filter((t) => !t.operator);
    const spec = ENV_VARIABLES[name];
    const nameArg = { text: name, offsets: Array.from({ length: name.length + 1 }, (_, k) => lineStart + line.indexOf(name) + k) };
    const list = scope.envArgs.get(spec.component) ?? [];
    list.push({ order: spec.order, args, program: nameArg });
    scope.envArgs.set(spec.component, list);
    return logical.lastLine;
}
function emitResolved(scope, running) {
    const source = scope.baseCtx.source;
    for (const inv of resolveRunning(running, (offset) => source.position(offset).line)) {
        scope.add(fromInvocation(inv, scope.baseCtx, scope.label, true));
    }
}
/**
 * A systemd unit (or drop-in): only `ExecStart=` runs the program. An empty `ExecStart=` resets the list
 * ("If the empty string is assigned to this option, the list of commands to start is reset, prior assignments
 * of this option will have no effect", systemd.service(5)), so a drop-in's reset-and-replace is what runs.
 */
function readUnit(scope, range) {
    const text = scope.baseCtx.source.text;
    let running = [];
    const lookup = unitEnvironment(scope, range);
    for (let li = range.from; li < range.to; li++) {
        const line = scope.lines[li].replace(/\r$/, '');
        if (/^[ \t]*[#;]/.test(line))
            continue;
        const env = ENV_LINE.exec(line);
        if (env) {
            li = readEnvLine(scope, li, env);
            continue;
        }
        const exec = EXEC_LINE.exec(line);
        if (!exec)
            continue;
        const logical = readLogicalLine(text, scope.starts[li] + exec[0].length, scope.starts, { unit: true, heredoc: scope.heredoc });
        li = Math.max(li, Math.min(logical.lastLine, range.to - 1));
        if (logical.text.trim() === '') {
            running = [];
            if (scope.k3s)
                scope.k3s.length = 0;
            continue;
        }
        for (const cmd of splitCommands(tokenizeShell(logical.text, logical.offsets))) {
            const argv = cmd.flatMap((word) => {
                const r = substituteWord(word, lookup, 'systemd');
                return r.kind === 'words' ? r.words : [{ ...word, unresolved: r.unresolved }];
            });
            for (const inv of findInvocations(argv))
                running.push({ ...inv, status: 'runs' });
            noteK3s(scope, argv);
        }
    }
    emitResolved(scope, running);
}
const ENVIRONMENT_LINE = /^[ \t]*Environment[ \t]*=[ \t]*/;
const ENVIRONMENT_FILE_LINE = /^[ \t]*(EnvironmentFile|PassEnvironment)[ \t]*=[ \t]*(.*)$/;
/**
 * The variables a unit's command lines see (systemd.exec(5)): `Environment=` "takes a space-separated list of
 * variable assignments … If the same variable is set twice, the later setting will override the earlier setting.
 * If the empty string is assigned to this option, the list of environment variables is reset"; the values are not
 * expanded themselves. The order of `Environment=` and `ExecStart=` lines does not matter. "Settings from
 * [EnvironmentFile=] files override settings made with Environment=", and PassEnvironment= imports the service
 * manager's values: with either, a variable cannot be resolved from the unit alone.
 */
function unitEnvironment(scope, range) {
    const text = scope.baseCtx.source.text;
    const env = new Map();
    let overriddenAt = null;
    for (let li = range.from; li < range.to; li++) {
        const line = scope.lines[li].replace(/\r$/, '');
        if (/^[ \t]*[#;]/.test(line))
            continue;
        const file = ENVIRONMENT_FILE_LINE.exec(line);
        if (file) {
            const names = file[1] === 'PassEnvironment' ? new Set(file[2].split(/\s+/).filter(Boolean)) : null;
            if (overriddenAt === null || names === null)
                overriddenAt = { offset: scope.starts[li], what: file[1], names };
            else
                overriddenAt.names?.forEach((n) => names.add(n));
            continue;
        }
        const m = ENVIRONMENT_LINE.exec(line);
        if (!m)
            continue;
        const logical = readLogicalLine(text, scope.starts[li] + m[0].length, scope.starts, { unit: true });
        li = Math.max(li, Math.min(logical.lastLine, range.to - 1));
        const words = tokenizeShell(logical.text, logical.offsets).filter((t) => !t.operator);
        if (words.length === 0)
            env.clear();
        for (const w of words) {
            const eq = w.text.indexOf('=');
            if (eq <= 0 || !/^[A-Za-z_][A-Za-z0-9_]*$/.test(w.text.slice(0, eq)))
                continue;
            const value = { text: w.text.slice(eq + 1), offsets: w.offsets.slice(eq + 1) };
            env.set(w.text.slice(0, eq), { value, definition: value.offsets[0] });
        }
    }
    return (name) => {
        const v = env.get(name);
        if (overriddenAt && (overriddenAt.names === null || overriddenAt.names.has(name))) {
            return { kind: 'unknown', reason: `${overriddenAt.what}= may set it`, definitionOffsets: [...(v ? [v.definition] : []), overriddenAt.offset] };
        }
        return v ? { kind: 'value', value: v.value, definitionOffset: v.definition } : { kind: 'unset' };
    };
}
/**
 * A shell script: every command in order through the control-flow model of 3-invocation-that-runs.ts. Heredoc bodies are
 * files the script writes (a unit, another script): each is read as its own scope. In a CRLF script bash keeps
 * the carriage return in the last word of each line (`10.96.0.0/12\r`), which is what the program gets.
 */
function readScript(scope, range, crlf) {
    const text = scope.baseCtx.source.text;
    const walker = new ShellRunWalker();
    for (let li = range.from; li < range.to; li++) {
        const line = crlf ? scope.lines[li] : scope.lines[li].replace(/\r$/, '');
        if (/^[ \t]*#/.test(line) || line.trim() === '')
            continue;
        const env = ENV_LINE.exec(line);
        if (env) {
            li = readEnvLine(scope, li, env);
            continue;
        }
        const item = YAML_PROGRAM_ITEM.exec(line);
        if (item) {
            const { argv, lastLine } = readYamlList(scope.lines, scope.starts, li, item[1]);
            li = lastLine;
            for (const inv of findInvocations(argv))
                scope.add(fromInvocation(inv, scope.baseCtx, scope.label, true));
            continue;
        }
        const logical = readLogicalLine(text, scope.starts[li], scope.starts, { unit: false, keepCR: crlf });
        li = Math.max(li, Math.min(logical.lastLine, range.to - 1));
        walker.feed(tokenizeShell(logical.text, logical.offsets, { crLiteral: crlf }));
        const heredoc = HEREDOC.exec(logical.text);
        if (heredoc) {
            const strip = heredoc[1] === '-';
            const delimiter = heredoc[3];
            const bodyFrom = li + 1;
            let end = bodyFrom;
            while (end < range.to && (strip ? scope.lines[end].replace(/^\t+/, '') : scope.lines[end]).replace(/\r$/, '') !== delimiter)
                end++;
            const body = { from: bodyFrom, to: end };
            const bodyText = scope.lines.slice(bodyFrom, end).join('\n');
            if (/kube-apiserver|kube-controller-manager|hyperkube|KUBE_/.test(bodyText)) {
                const inner = { ...scope, heredoc: heredoc[2] === '' };
                if (UNIT_FILE.test(bodyText) || /^[ \t]*ExecStart[ \t]*=/m.test(bodyText))
                    readUnit(inner, body);
                else if (bodyText.startsWith('#!'))
                    readScript(inner, body, crlf);
                else
                    readLoose(inner, body);
            }
            li = end;
        }
    }
    emitResolved(scope, walker.invocations);
    for (const c of walker.commands)
        noteK3s(scope, c.argv);
}
/**
 * Any other text (a README, a cloud-config string, a templated file): each command line on its own, its
 * commands in order (`false && kube-apiserver …; exec kube-apiserver …` on one line is still one choice).
 */
function readLoose(scope, range) {
    const text = scope.baseCtx.source.text;
    for (let li = range.from; li < range.to; li++) {
        const line = scope.lines[li].replace(/\r$/, '');
        if (/^[ \t]*[#;]/.test(line) && !YAML_ITEM.test(line))
            continue;
        // The continuation of a command that started on an earlier line (and named no program) does not start one.
        if (li > range.from && /(^|[^\\])\\\r?$/.test(scope.lines[li - 1]))
            continue;
        const env = ENV_LINE.exec(line);
        if (env) {
            li = readEnvLine(scope, li, env);
            continue;
        }
        const exec = EXEC_LINE.exec(line);
        if (exec || (PROGRAM_WORD.test(line) && !YAML_ITEM.test(line))) {
            const from = scope.starts[li] + (exec ? exec[0].length : 0);
            const logical = readLogicalLine(text, from, scope.starts, { unit: exec !== null, heredoc: scope.heredoc });
            li = Math.max(li, Math.min(logical.lastLine, range.to - 1));
            const walker = new ShellRunWalker();
            walker.feed(tokenizeShell(logical.text, logical.offsets));
            emitResolved(scope, walker.invocations);
            for (const c of walker.commands)
                noteK3s(scope, c.argv);
            continue;
        }
        const item = YAML_PROGRAM_ITEM.exec(line);
        if (item) {
            const { argv, lastLine } = readYamlList(scope.lines, scope.starts, li, item[1]);
            li = lastLine;
            for (const inv of findInvocations(argv))
                scope.add(fromInvocation(inv, scope.baseCtx, scope.label, true));
        }
    }
}
function fromInvocation(inv, base, label, absentMeansDefault) {
    const p = inv.program;
    return settingsFromInvocation(inv, {
        ...base,
        subjectPrefix: `flags/${label}`,
        defaultSpan: base.source.span(p.offsets[0], p.offsets[p.text.length]),
        absentMeansDefault,
    });
}
/**
 * Container argv written as YAML list items in a file the YAML parser cannot read (a Helm/Jinja template):
 * the items at the indentation of the program item, skipping template-only lines and comments.
 */
function readYamlList(lines, starts, first, indent) {
    const argv = [];
    let last = first;
    for (let li = first; li < lines.length; li++) {
        const line = lines[li].replace(/\r$/, '');
        if (line.trim() === '' || TEMPLATE_ONLY_LINE.test(line) || /^[ \t]*#/.test(line))
            continue;
        const m = YAML_ITEM.exec(line);
        if (!m || m[1] !== indent)
            break;
        last = li;
        let value = m[2];
        let at = starts[li] + line.indexOf('-', m[1].length) + 1;
        at += line.slice(at - starts[li]).length - line.slice(at - starts[li]).trimStart().length;
        // A trailing comment is not part of a plain item.
        if (!/^["']/.test(value))
            value = value.replace(/[ \t]+#.*$/, '');
        if ((value.startsWith("'") && value.endsWith("'")) || (value.startsWith('"') && value.endsWith('"'))) {
            value = value.slice(1, -1);
            at += 1;
        }
        const arg = { text: value, offsets: Array.from({ length: value.length + 1 }, (_, k) => at + k) };
        if (/^(\{\{.*\}\}|\$\(\w+\)|\$\{\w+\})$/.test(value))
            arg.opaque = true;
        argv.push(arg);
    }
    return { argv, lastLine: last };
}

;// CONCATENATED MODULE: ./src/formats/distributions/kubeadm-cluster-configuration.ts
// The fields of one kubeadm ClusterConfiguration that decide the Service range, the pod range and the
// apiserver's advertise address, read with positions. Shared by the kubeadm extractor and by kind, whose
// kubeadmConfigPatches are ClusterConfiguration fragments (kubernetes-sigs/kind pkg/internal/patch).


/** The flag kube-apiserver and kube-controller-manager both take (SPEC §1). */
const kubeadm_cluster_configuration_SERVICE_RANGE_FLAG = 'service-cluster-ip-range';
/** kube-controller-manager's pod range flag, which kubeadm fills from networking.podSubnet. */
const kubeadm_cluster_configuration_CLUSTER_CIDR_FLAG = 'cluster-cidr';
const kubeadm_cluster_configuration_ADVERTISE_ADDRESS_FLAG = 'advertise-address';
function readClusterFields(ctx, root) {
    const { doc } = ctx;
    const fields = {};
    const networking = lookup(doc, root, 'networking');
    if (networking) {
        fields.networkingKey = ctx.spanOf(networking.key);
        fields.serviceSubnet = readField(ctx, networking.value, 'serviceSubnet', 'networking.serviceSubnet');
        fields.podSubnet = readField(ctx, networking.value, 'podSubnet', 'networking.podSubnet');
    }
    const apiServer = lookup(doc, root, 'apiServer')?.value;
    fields.apiServerRange = readExtraArg(ctx, apiServer, kubeadm_cluster_configuration_SERVICE_RANGE_FLAG, 'apiServer');
    fields.apiServerAdvertise = readExtraArg(ctx, apiServer, kubeadm_cluster_configuration_ADVERTISE_ADDRESS_FLAG, 'apiServer');
    const controllerManager = lookup(doc, root, 'controllerManager')?.value;
    fields.controllerManagerRange = readExtraArg(ctx, controllerManager, kubeadm_cluster_configuration_SERVICE_RANGE_FLAG, 'controllerManager');
    fields.controllerManagerClusterCidr = readExtraArg(ctx, controllerManager, kubeadm_cluster_configuration_CLUSTER_CIDR_FLAG, 'controllerManager');
    const version = scalarText(lookup(doc, root, 'kubernetesVersion')?.value ?? null);
    if (version !== null) {
        fields.kubernetesVersion = version;
        fields.kubernetesMinor = parseKubernetesMinor(version);
    }
    const name = scalarText(lookup(doc, root, 'clusterName')?.value ?? null);
    if (name !== null && name.trim() !== '')
        fields.clusterName = name;
    return fields;
}

;// CONCATENATED MODULE: ./src/formats/distributions/kubeadm.ts
// kubeadm configuration files (kubeadm.k8s.io/v1beta1..v1beta4), recognised by apiVersion, multi-document.
// Each ClusterConfiguration becomes one cluster config (group) with the effective kube-apiserver range,
// the explicit kube-controller-manager range, the pod range and the advertise address, resolved the way
// kubeadm builds the static Pod commands (kubernetes/kubernetes cmd/kubeadm/app/phases/controlplane/manifests.go).
//
// Also the `kube-system/kubeadm-config` ConfigMap that `kubeadm init` uploads and `kubeadm upgrade` / `join`
// read back (cmd/kubeadm/app/constants/constants.go KubeadmConfigConfigMap = "kubeadm-config",
// ClusterConfigurationConfigMapKey = "ClusterConfiguration"; cmd/kubeadm/app/util/config/cluster.go decodes
// the key's string as a typed ClusterConfiguration, apiVersion and kind included). The string is read as an
// embedded document with exact positions, and is the same cluster as a kubeadm config file: a single
// ClusterConfiguration is `ClusterConfiguration/#0` wherever it stands, so a config moved into the ConfigMap
// (or out of it) pairs with itself.






const kubeadm_FORMAT = 'kubeadm';
/** The API versions that carry ClusterConfiguration/InitConfiguration (v1beta1 since kubeadm 1.13). */
const KUBEADM_API_VERSION = /^kubeadm\.k8s\.io\/v1beta[1-9]$/;
/** kubeadm's default cluster name (cmd/kubeadm/app/apis/kubeadm/v1beta4/defaults.go DefaultClusterName). */
const DEFAULT_CLUSTER_NAME = 'kubernetes';
const HIDDEN_RANGE = 'the effective Service range is unknown, and the kubeadm default is not assumed';
const kubeadmFormat = { id: kubeadm_FORMAT, extract: extractKubeadm };
function extractKubeadm(source) {
    // Cheap prefilter: every kubeadm document names its API group.
    if (!source.text.includes('kubeadm.k8s.io/'))
        return EMPTY_EXTRACTION;
    try {
        return extractUnguarded(source);
    }
    catch (e) {
        return {
            settings: [],
            problems: [
                {
                    line: 1,
                    message: `the kubeadm config could not be read (${e instanceof Error ? e.message : String(e)})`,
                    hidesRange: true,
                    format: kubeadm_FORMAT,
                },
            ],
        };
    }
}
/** Positions and raw text of nodes of a document of this file. */
function outerContext(source, doc) {
    return {
        doc,
        spanOf: (node) => source.spanOf(node),
        rawOf: (node) => (node.range ? source.text.slice(node.range[0], node.range[1]) : ''),
    };
}
function extractUnguarded(source) {
    const view = source.yaml;
    if (!view)
        return EMPTY_EXTRACTION;
    const problems = [];
    const clusters = [];
    const inits = [];
    for (const doc of view.documents) {
        const ctx = outerContext(source, doc);
        const { kind, apiVersion } = documentKind(doc);
        const errors = doc.errors.map((e) => source.position(e.pos[0]));
        const firstError = errors[0] ?? null;
        const isKubeadm = apiVersion !== null && KUBEADM_API_VERSION.test(apiVersion.trim());
        if (kind === 'ConfigMap') {
            clusters.push(...kubeadmConfigMap(source, doc));
            continue;
        }
        if (!isKubeadm || (kind !== 'ClusterConfiguration' && kind !== 'InitConfiguration')) {
            // A document broken so badly that apiVersion/kind are lost, but whose text is a kubeadm
            // ClusterConfiguration: its range must not silently disappear (SPEC §3 unreadable-config). A kind
            // config embedding kubeadm patches is the kind reader's to report.
            const raw = doc.range ? source.text.slice(doc.range[0], doc.range[2]) : '';
            if (firstError && /kubeadm\.k8s\.io\//.test(raw) && /ClusterConfiguration/.test(raw) && !raw.includes('kind.x-k8s.io/')) {
                problems.push({
                    line: firstError.line,
                    column: firstError.column,
                    message: `a kubeadm ClusterConfiguration document has YAML errors: ${HIDDEN_RANGE}`,
                    hidesRange: true,
                    setting: 'networking.serviceSubnet',
                    format: kubeadm_FORMAT,
                });
            }
            continue;
        }
        const kindEntry = lookup(doc, doc.contents, 'kind');
        const kindSpan = kindEntry ? source.spanOf(kindEntry.key) : lineSpan(1);
        const fileClusters = clusters.filter((c) => !c.embedded);
        if (kind === 'ClusterConfiguration' && fileClusters.length > 0 && !/\{\{|\{%/.test(source.text)) {
            // kubeadm reads a config file with SplitConfigDocuments (cmd/kubeadm/app/util/marshal.go; SplitYAMLDocuments
            // before 1.27): "invalid configuration: kind %q is specified twice in YAML file" — init, join and upgrade
            // stop. Which of the two was meant cannot be told, so the file blocks here, at the second one.
            problems.push({
                line: kindSpan.line,
                column: kindSpan.column,
                message: `kubeadm refuses this file: invalid configuration: kind "ClusterConfiguration" is specified twice in YAML file (the first is at line ${fileClusters[0].kindSpan.line}); keep one ClusterConfiguration per file`,
                hidesRange: true,
                blocking: true,
                setting: 'networking.serviceSubnet',
                format: kubeadm_FORMAT,
            });
        }
        if (kind === 'ClusterConfiguration')
            clusters.push({ ctx, root: doc.contents, kindSpan, errors });
        else if (kind === 'InitConfiguration')
            inits.push({ ctx, root: doc.contents, kindSpan });
    }
    const plans = clusters.map((c) => {
        const fields = readClusterFields(c.ctx, c.root);
        const damaged = c.errors[0] ?? null;
        return {
            id: '',
            fields: distrustDamaged(fields, c.errors),
            defaultSpan: fields.networkingKey ?? c.kindSpan,
            damaged,
            errors: c.errors,
            inits: [],
        };
    });
    // `kubeadm init --config` with only an InitConfiguration runs with a defaulted ClusterConfiguration
    // (cmd/kubeadm/app/util/config/initconfiguration.go documentMapToInitConfiguration).
    if (plans.length === 0 && inits.length > 0) {
        plans.push({ id: '', fields: {}, defaultSpan: inits[0].kindSpan, damaged: null, errors: [], inits: [] });
    }
    nameClusters(plans);
    // kubeadm reads one InitConfiguration with one ClusterConfiguration per file; with several pairs
    // (rare, e.g. templates for several clusters) pair them by order.
    inits.forEach((init, i) => plans[Math.min(i, plans.length - 1)]?.inits.push(init));
    const settings = [];
    for (const plan of plans)
        emitCluster(plan, settings, problems);
    return { settings, problems };
}
/**
 * The ClusterConfiguration of a `kube-system/kubeadm-config` ConfigMap (a namespace-less manifest is applied
 * with `-n`), read as an embedded document whose positions map back to this file.
 */
function kubeadmConfigMap(source, doc) {
    const meta = (key) => scalarText(getPath(doc, doc.contents, ['metadata', key]));
    if (meta('name') !== 'kubeadm-config' || (meta('namespace') ?? 'kube-system') !== 'kube-system')
        return [];
    const node = getPath(doc, doc.contents, ['data', 'ClusterConfiguration']);
    if (!(0,dist/* isScalar */.jn)(node) || typeof node.value !== 'string')
        return [];
    const embedded = embeddedText(source, node);
    if (!embedded)
        return [];
    const inner = new Source(source.path, embedded.text);
    const out = [];
    for (const innerDoc of inner.yaml?.documents ?? []) {
        const { kind, apiVersion } = documentKind(innerDoc);
        if (kind !== 'ClusterConfiguration' || apiVersion === null || !KUBEADM_API_VERSION.test(apiVersion.trim()))
            continue;
        const ctx = {
            doc: innerDoc,
            spanOf: (n) => read_values_mapSpan(inner.spanOf(n), embedded.toOuter),
            rawOf: (n) => (n.range ? inner.text.slice(n.range[0], n.range[1]) : ''),
        };
        const kindEntry = lookup(innerDoc, innerDoc.contents, 'kind');
        out.push({
            ctx,
            root: innerDoc.contents,
            kindSpan: kindEntry ? ctx.spanOf(kindEntry.key) : source.spanOf(node),
            errors: innerDoc.errors.map((e) => {
                const at = inner.position(e.pos[0]);
                return embedded.toOuter(at.line, at.column);
            }),
            embedded: true,
        });
    }
    return out;
}
/**
 * In a document with YAML errors, a value whose text runs over an error (an unclosed quote swallowing the
 * next lines, say) is what the tolerant parser guessed, not what kubeadm would read: make it unreadable.
 */
function distrustDamaged(fields, errors) {
    if (!errors.length)
        return fields;
    const within = (s, p) => (p.line > s.line || (p.line === s.line && p.column >= s.column)) && (p.line < s.endLine || (p.line === s.endLine && p.column <= s.endColumn));
    const check = (read) => read?.kind === 'value' && errors.some((e) => within(read.span, e))
        ? { kind: 'unreadable', reason: `${read.setting} is part of malformed YAML`, span: read.span, setting: read.setting }
        : read;
    return {
        ...fields,
        serviceSubnet: check(fields.serviceSubnet),
        podSubnet: check(fields.podSubnet),
        apiServerRange: check(fields.apiServerRange),
        apiServerAdvertise: check(fields.apiServerAdvertise),
        controllerManagerRange: check(fields.controllerManagerRange),
        controllerManagerClusterCidr: check(fields.controllerManagerClusterCidr),
    };
}
/**
 * Subjects pair old and new without line numbers: a single ClusterConfiguration is '#0' (renaming the
 * cluster or moving documents keeps the pairing); several are told apart by clusterName (kubeadm's
 * default 'kubernetes' when absent), with an ordinal only among equal names.
 */
function nameClusters(plans) {
    if (plans.length === 1) {
        plans[0].id = 'ClusterConfiguration/#0';
        return;
    }
    const seen = new Map();
    for (const plan of plans) {
        const name = plan.fields.clusterName ?? DEFAULT_CLUSTER_NAME;
        const n = seen.get(name) ?? 0;
        seen.set(name, n + 1);
        plan.id = `ClusterConfiguration/${name}${n > 0 ? `#${n}` : ''}`;
    }
}
function emitCluster(plan, settings, problems) {
    const { fields } = plan;
    const group = `${kubeadm_FORMAT}/${plan.id}`;
    const apiserver = `${group}/kube-apiserver`;
    const controllerManager = `${group}/kube-controller-manager`;
    const common = {
        format: kubeadm_FORMAT,
        group,
        ...(fields.kubernetesMinor ? { kubernetesVersion: fields.kubernetesMinor } : {}),
    };
    const explicit = (read, rest) => ({
        ...common,
        ...rest,
        setting: read.setting,
        value: read.text,
        origin: 'explicit',
        span: read.span,
    });
    // kube-apiserver: kubeadm passes networking.serviceSubnet as --service-cluster-ip-range, and
    // apiServer.extraArgs replace default arguments of the same name (manifests.go getAPIServerCommand).
    const api = fields.apiServerRange;
    const subnet = fields.serviceSubnet && fields.serviceSubnet.kind !== 'empty' ? fields.serviceSubnet : undefined;
    const deciding = api ?? subnet;
    const apiRest = { subject: apiserver, role: 'service-range', component: 'kube-apiserver' };
    if (deciding?.kind === 'value') {
        settings.push(explicit(deciding, { ...apiRest, profile: deciding === api ? 'apiserver' : 'kubeadm' }));
    }
    else if (deciding?.kind === 'empty') {
        // An empty extraArgs value still replaces serviceSubnet; kube-apiserver then uses its own default.
        settings.push({
            ...common,
            ...apiRest,
            profile: 'apiserver',
            setting: deciding.setting,
            value: APISERVER_DEFAULT_SERVICE_RANGE,
            origin: 'default',
            span: deciding.span,
            defaultNote: `kube-apiserver's own default: ${deciding.setting} is empty`,
        });
    }
    else if (deciding) {
        problems.push(fieldProblem(deciding, kubeadm_FORMAT, true, HIDDEN_RANGE));
    }
    else if (plan.damaged) {
        problems.push({
            line: plan.damaged.line,
            column: plan.damaged.column,
            message: `this ClusterConfiguration has YAML errors and networking.serviceSubnet was not found in what could be read: ${HIDDEN_RANGE}`,
            hidesRange: true,
            setting: 'networking.serviceSubnet',
            format: kubeadm_FORMAT,
        });
    }
    else {
        settings.push({
            ...common,
            ...apiRest,
            profile: 'kubeadm',
            setting: 'networking.serviceSubnet',
            value: KUBEADM_DEFAULT_SERVICE_SUBNET,
            origin: 'default',
            // An empty serviceSubnet is defaulted like an absent one; point at it when it is there.
            span: fields.serviceSubnet?.span ?? plan.defaultSpan,
            defaultNote: 'kubeadm default when networking.serviceSubnet is absent',
        });
    }
    // kube-controller-manager: kubeadm itself passes serviceSubnet (not an apiServer.extraArgs override)
    // when podSubnet is set (manifests.go getControllerManagerCommand); only an explicit extraArgs value is
    // reported here, so that a disagreement with the apiserver surfaces as component-mismatch.
    const cm = fields.controllerManagerRange;
    if (cm?.kind === 'value') {
        settings.push(explicit(cm, { subject: controllerManager, role: 'service-range', component: 'kube-controller-manager', profile: 'apiserver' }));
    }
    else if (cm && cm.kind !== 'empty') {
        problems.push(fieldProblem(cm, kubeadm_FORMAT, true, 'the kube-controller-manager Service range is unknown'));
    }
    else if (!cm && api && fields.podSubnet?.kind === 'value' && (!subnet || subnet.kind === 'value')) {
        // The one case where kubeadm's own value for the controller-manager differs from the apiserver's: an
        // apiServer.extraArgs override. kubeadm still hands kube-controller-manager networking.serviceSubnet
        // (defaulted to 10.96.0.0/12) once podSubnet is set, so the override silently disagrees with it.
        settings.push({
            ...common,
            subject: controllerManager,
            role: 'service-range',
            component: 'kube-controller-manager',
            profile: 'kubeadm',
            setting: 'networking.serviceSubnet',
            value: subnet?.kind === 'value' ? subnet.text : KUBEADM_DEFAULT_SERVICE_SUBNET,
            origin: subnet?.kind === 'value' ? 'explicit' : 'default',
            span: subnet?.span ?? plan.defaultSpan,
            defaultNote: 'passed to kube-controller-manager by kubeadm (getControllerManagerCommand), not the apiServer.extraArgs override',
        });
    }
    // Pod range: --cluster-cidr is networking.podSubnet unless controllerManager.extraArgs sets it.
    const pod = fields.controllerManagerClusterCidr ?? fields.podSubnet;
    if (pod?.kind === 'value') {
        settings.push(explicit(pod, { subject: controllerManager, role: 'pod-range', component: 'kube-controller-manager', profile: 'apiserver' }));
    }
    else if (pod && pod.kind !== 'empty') {
        problems.push(fieldProblem(pod, kubeadm_FORMAT, false, 'the overlap check against the Service range is skipped'));
    }
    // Advertise address: --advertise-address is InitConfiguration.localAPIEndpoint.advertiseAddress unless
    // apiServer.extraArgs sets it (getAPIServerCommand default arguments).
    let advertise = fields.apiServerAdvertise;
    if (!advertise) {
        for (const init of plan.inits) {
            const endpoint = lookup(init.ctx.doc, init.root, 'localAPIEndpoint')?.value;
            advertise = readField(init.ctx, endpoint, 'advertiseAddress', 'localAPIEndpoint.advertiseAddress') ?? advertise;
        }
    }
    if (advertise?.kind === 'value') {
        settings.push(explicit(advertise, { ...apiRest, role: 'advertise-address', profile: 'apiserver' }));
    }
}

;// CONCATENATED MODULE: ./src/formats/distributions/kind-patches.ts
// kind's kubeadm patches: `kubeadmConfigPatches` (merge patches, inline kubeadm YAML) and
// `kubeadmConfigPatchesJSON6902` (RFC 6902 ops), applied by kind to the kubeadm config it generates from
// its own networking fields. Positions inside the embedded YAML are mapped back to the kind file.
// Upstream: kubernetes-sigs/kind pkg/internal/patch (kubeyaml.go, resource.go, kubeadm_merge.go) and
// pkg/cluster/internal/create/actions/config/config.go getKubeadmConfig (cluster patches first, then the
// node's own patches; merge patches before JSON 6902 patches).




const SERVICE_RANGE_KEYS = /serviceSubnet|service-cluster-ip-range/;
/**
 * The embedded patch text as a DocContext per YAML document, positions mapped to the outer file.
 * Returns null when the node is not a string (a templated or malformed entry).
 */
function embeddedDocuments(outer, node) {
    if (!(0,dist/* isScalar */.jn)(node))
        return null;
    const embedded = embeddedText(outer, node);
    if (!embedded)
        return null;
    const inner = new Source(outer.path, embedded.text);
    const map = (s) => {
        const a = embedded.toOuter(s.line, s.column);
        const b = embedded.toOuter(s.endLine, s.endColumn);
        return { line: a.line, column: a.column, endLine: b.line, endColumn: b.column };
    };
    const contexts = (inner.yaml?.documents ?? []).map((doc) => ({
        doc,
        spanOf: (n) => map(inner.spanOf(n)),
        rawOf: (n) => (n.range ? inner.text.slice(n.range[0], n.range[1]) : ''),
    }));
    return { inner, contexts, map };
}
/** A YAML error inside a patch that names a Service range key hides the range (kind would fail too). */
function damagedPatch(inner, map, label, format, state) {
    const err = inner.yaml?.problems[0];
    if (!err || !SERVICE_RANGE_KEYS.test(inner.text))
        return null;
    const span = map({ line: err.line, column: err.column ?? 1, endLine: err.line, endColumn: err.column ?? 1 });
    const setting = `${label}: networking.serviceSubnet`;
    state.serviceSubnet = { kind: 'unreadable', reason: `${label} is not valid YAML`, span, setting };
    return {
        line: span.line,
        column: span.column,
        message: `${label} is not valid YAML (${err.message}): the Service range it sets cannot be read`,
        hidesRange: true,
        setting,
        format,
    };
}
/**
 * kubeadm API versions kind generates for a Kubernetes minor version (kubernetes-sigs/kind
 * pkg/cluster/internal/kubeadm/config.go Config: v1beta1 before 1.15, v1beta2 before 1.23, v1beta3 after;
 * newer kind releases move to v1beta4 from 1.36, so both are accepted there). null = version unknown.
 */
function kindKubeadmVersions(minor) {
    if (!minor)
        return null;
    const [major, min] = minor.split('.').map(Number);
    if (major !== 1)
        return null;
    if (min < 15)
        return ['v1beta1'];
    if (min < 23)
        return ['v1beta2'];
    if (min < 36)
        return ['v1beta3'];
    return ['v1beta3', 'v1beta4'];
}
/**
 * kind's patch matching (pkg/internal/patch/resource.go matches): kind must be ClusterConfiguration; an
 * apiVersion, when set, must be of kubeadm's group and, when it names a version, of the generated version.
 * A patch pinned to another version is silently ignored by kind: we ignore it too, and say so.
 */
function matchClusterConfiguration(kind, apiVersion, versions) {
    if (kind !== 'ClusterConfiguration')
        return 'other';
    if (apiVersion === null || apiVersion === '')
        return 'match';
    const slash = apiVersion.lastIndexOf('/');
    const group = slash >= 0 ? apiVersion.slice(0, slash) : '';
    const version = slash >= 0 ? apiVersion.slice(slash + 1) : apiVersion;
    if (group !== 'kubeadm.k8s.io')
        return 'other';
    if (version === '' || versions === null || versions.includes(version))
        return 'match';
    return 'version-mismatch';
}
function ignoredPatchProblem(span, label, apiVersion, versions, format) {
    return {
        line: span.line,
        column: span.column,
        message: `${label} targets ${apiVersion}, but kind generates kubeadm.k8s.io/${versions.join(' or ')} for this node image, so kind ignores the patch (omit the version in apiVersion to match any)`,
        format,
    };
}
const relabel = (read, label) => read ? { ...read, setting: `${label}: ${read.setting}` } : undefined;
/** Applies one `kubeadmConfigPatches` entry (one or more YAML documents) to the state. */
function applyMergePatch(outer, ref, versions, state, problems, format) {
    const parsed = embeddedDocuments(outer, ref.node);
    if (!parsed)
        return;
    const damaged = damagedPatch(parsed.inner, parsed.map, ref.label, format, state);
    if (damaged) {
        problems.push(damaged);
        return;
    }
    for (const ctx of parsed.contexts) {
        const { kind, apiVersion } = documentKind(ctx.doc);
        const match = matchClusterConfiguration(kind, apiVersion, versions);
        if (match === 'version-mismatch' && versions) {
            problems.push(ignoredPatchProblem(ctx.spanOf(lookup(ctx.doc, ctx.doc.contents, 'apiVersion')?.value), ref.label, apiVersion ?? '', versions, format));
        }
        if (match !== 'match')
            continue;
        const fields = readClusterFields(ctx, ctx.doc.contents);
        for (const key of ['serviceSubnet', 'podSubnet', 'apiServerRange', 'controllerManagerRange', 'controllerManagerClusterCidr']) {
            const read = relabel(fields[key], ref.label);
            if (read)
                state[key] = read;
        }
    }
}
const TRACKED = [
    { key: 'serviceSubnet', path: ['networking', 'serviceSubnet'] },
    { key: 'podSubnet', path: ['networking', 'podSubnet'] },
    { key: 'apiServerRange', path: ['apiServer', 'extraArgs'], flag: kubeadm_cluster_configuration_SERVICE_RANGE_FLAG },
    { key: 'controllerManagerRange', path: ['controllerManager', 'extraArgs'], flag: kubeadm_cluster_configuration_SERVICE_RANGE_FLAG },
    { key: 'controllerManagerClusterCidr', path: ['controllerManager', 'extraArgs'], flag: kubeadm_cluster_configuration_CLUSTER_CIDR_FLAG },
];
/** RFC 6901 pointer to segments ('' is the whole document). */
function parsePointer(pointer) {
    if (pointer === '')
        return [];
    return pointer
        .replace(/^\//, '')
        .split('/')
        .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
}
const isPrefix = (a, b) => a.length <= b.length && a.every((x, i) => x === b[i]);
/** Applies one `kubeadmConfigPatchesJSON6902` entry (`{group, version, kind, patch}`) to the state. */
function applyJson6902Patch(outer, ctxOuter, entry, label, versions, state, problems, format) {
    const { doc } = ctxOuter;
    const kind = scalarText(lookup(doc, entry, 'kind')?.value ?? null);
    const group = scalarText(lookup(doc, entry, 'group')?.value ?? null) ?? '';
    const version = scalarText(lookup(doc, entry, 'version')?.value ?? null) ?? '';
    // matchinfo.go groupVersionToAPIVersion: group "" gives apiVersion = version.
    const apiVersion = group === '' ? version : `${group}/${version}`;
    const match = matchClusterConfiguration(kind, apiVersion, versions);
    if (match === 'version-mismatch' && versions) {
        problems.push(ignoredPatchProblem(ctxOuter.spanOf(lookup(doc, entry, 'version')?.value), label, apiVersion, versions, format));
    }
    if (match !== 'match')
        return;
    const patchNode = lookup(doc, entry, 'patch')?.value ?? null;
    if (!patchNode)
        return;
    const parsed = embeddedDocuments(outer, patchNode);
    if (!parsed)
        return;
    const damaged = damagedPatch(parsed.inner, parsed.map, label, format, state);
    if (damaged) {
        problems.push(damaged);
        return;
    }
    const ctx = parsed.contexts[0];
    if (!ctx || !(0,dist/* isSeq */.oP)(ctx.doc.contents))
        return;
    ctx.doc.contents.items.forEach((raw, i) => {
        applyOperation(ctx, lookupPath(ctx.doc, raw, []), `${label}[${i}]`, state);
    });
}
function applyOperation(ctx, op, label, state) {
    if (!(0,dist/* isMap */.jh)(op))
        return;
    const name = scalarText(lookup(ctx.doc, op, 'op')?.value ?? null);
    const pathEntry = lookup(ctx.doc, op, 'path');
    const pointer = scalarText(pathEntry?.value ?? null);
    if (!name || pointer === null || !pathEntry)
        return;
    const path = parsePointer(pointer);
    const value = lookup(ctx.doc, op, 'value');
    const fromText = scalarText(lookup(ctx.doc, op, 'from')?.value ?? null);
    const opSpan = ctx.spanOf(pathEntry.value);
    const setting = `${label} ${name} ${pointer}`;
    for (const t of TRACKED) {
        const full = t.flag ? [...t.path, t.flag] : t.path;
        const touches = (p) => isPrefix(p, full) || isPrefix(full, p) || (t.flag !== undefined && isPrefix(t.path, p));
        if (name === 'test')
            continue;
        if (name === 'move' || name === 'copy') {
            const from = fromText !== null ? parsePointer(fromText) : null;
            if (touches(path) || (name === 'move' && from && touches(from))) {
                state[t.key] = {
                    kind: 'unreadable',
                    reason: `${setting} (a JSON 6902 '${name}') changes ${full.join('.')} in a way the gate does not follow`,
                    span: opSpan,
                    setting,
                };
            }
            continue;
        }
        if (name === 'remove') {
            if (isPrefix(path, full))
                state[t.key] = { kind: 'empty', span: opSpan, setting };
            continue;
        }
        if (name !== 'add' && name !== 'replace')
            continue;
        if (isPrefix(path, t.path) && (!t.flag || path.length <= t.path.length)) {
            // The op writes the field's container (or the field itself): read the field from the new value.
            const v = value?.value ?? null;
            const rest = t.path.slice(path.length);
            let read;
            if (t.flag) {
                const argsNode = rest.length ? lookupPath(ctx.doc, v, rest) : v;
                read = readArgs(ctx, argsNode, t.flag, setting);
            }
            else if (rest.length === 0) {
                read = readValue(ctx, v, value?.key ?? null, setting);
            }
            else {
                read = readField(ctx, lookupPath(ctx.doc, v, rest.slice(0, -1)), rest[rest.length - 1], setting);
            }
            // Replacing a container that no longer holds the field removes it.
            state[t.key] = read ?? { kind: 'empty', span: opSpan, setting };
            continue;
        }
        if (t.flag && isPrefix(t.path, path) && path.length === t.path.length + 1) {
            const seg = path[path.length - 1];
            const v = value?.value ?? null;
            if (seg === t.flag) {
                // Map form: /apiServer/extraArgs/service-cluster-ip-range
                state[t.key] = readValue(ctx, v, value?.key ?? null, setting);
            }
            else if (seg === '-' || /^\d+$/.test(seg)) {
                // List form (v1beta4): an {name, value} item appended or inserted.
                if ((0,dist/* isMap */.jh)(v) && scalarText(lookup(ctx.doc, v, 'name')?.value ?? null) === t.flag) {
                    const item = lookup(ctx.doc, v, 'value');
                    state[t.key] = item ? readValue(ctx, item.value, item.key, setting) : { kind: 'empty', span: opSpan, setting };
                }
            }
            continue;
        }
        if (!t.flag && isPrefix(full, path) && path.length > full.length) {
            state[t.key] = { kind: 'unreadable', reason: `${setting} writes inside ${full.join('.')}, which must be a string`, span: opSpan, setting };
        }
    }
}

;// CONCATENATED MODULE: ./src/formats/distributions/kind.ts
// kind cluster configs (`kind: Cluster`, kind.x-k8s.io/v1alpha4, also v1alpha3). kind generates a kubeadm
// config from networking.ipFamily/serviceSubnet/podSubnet, then applies kubeadmConfigPatches and
// kubeadmConfigPatchesJSON6902 (cluster-level, then the bootstrap control-plane node's own), so a patch
// that sets networking.serviceSubnet or apiServer.extraArgs wins over kind's field. kind clusters cannot
// be changed in place: every setting is create-only (SPEC §3 context rules).







const kind_FORMAT = 'kind';
const KIND_API_VERSION = /^kind\.x-k8s\.io\/v1alpha[34]$/;
/** kind's defaults by networking.ipFamily: kubernetes-sigs/kind pkg/internal/apis/config/default.go SetDefaultsCluster. */
const KIND_DEFAULT_SERVICE_SUBNET = {
    ipv4: '10.96.0.0/16',
    ipv6: 'fd00:10:96::/112',
    dual: '10.96.0.0/16,fd00:10:96::/112',
};
/** Same source; applied only when disableDefaultCNI is false. */
const KIND_DEFAULT_POD_SUBNET = {
    ipv4: '10.244.0.0/16',
    ipv6: 'fd00:10:244::/56',
    dual: '10.244.0.0/16,fd00:10:244::/56',
};
const kind_HIDDEN_RANGE = 'the effective Service range of the kind cluster is unknown';
const kindFormat = { id: kind_FORMAT, extract: extractKind };
function extractKind(source) {
    if (!source.text.includes('kind.x-k8s.io/'))
        return EMPTY_EXTRACTION;
    try {
        const view = source.yaml;
        if (!view)
            return EMPTY_EXTRACTION;
        const settings = [];
        const problems = [];
        let ordinal = 0;
        for (const doc of view.documents) {
            const { kind, apiVersion } = documentKind(doc);
            if (kind !== 'Cluster' || apiVersion === null || !KIND_API_VERSION.test(apiVersion.trim()))
                continue;
            extractCluster(source, outerContext(source, doc), ordinal++, settings, problems);
        }
        return { settings, problems };
    }
    catch (e) {
        return {
            settings: [],
            problems: [
                { line: 1, message: `the kind config could not be read (${e instanceof Error ? e.message : String(e)})`, hidesRange: true, format: kind_FORMAT },
            ],
        };
    }
}
function extractCluster(source, ctx, ordinal, settings, problems) {
    const { doc } = ctx;
    const root = doc.contents;
    // kind reads one Cluster per file; the ordinal only separates the rare multi-document file.
    const group = `${kind_FORMAT}/Cluster#${ordinal}`;
    const apiserver = `${group}/kube-apiserver`;
    const controllerManager = `${group}/kube-controller-manager`;
    const networking = lookup(doc, root, 'networking');
    const kindKey = lookup(doc, root, 'kind');
    const defaultSpan = networking ? ctx.spanOf(networking.key) : kindKey ? ctx.spanOf(kindKey.key) : lineSpan(1);
    // ipFamily: "" defaults to ipv4 (default.go); other values are rejected by kind's validate.go.
    const familyRead = readField(ctx, networking?.value, 'ipFamily', 'networking.ipFamily');
    let family = 'ipv4';
    if (familyRead?.kind === 'value') {
        const f = familyRead.text.trim();
        family = f === 'ipv4' || f === 'ipv6' || f === 'dual' ? f : null;
        if (!family) {
            problems.push({
                line: familyRead.span.line,
                column: familyRead.span.column,
                message: `networking.ipFamily "${familyRead.text}" is not one of ipv4, ipv6, dual: kind refuses to create this cluster`,
                setting: 'networking.ipFamily',
                format: kind_FORMAT,
            });
        }
    }
    else if (familyRead && familyRead.kind !== 'empty') {
        family = null;
    }
    const state = {};
    const kindService = readField(ctx, networking?.value, 'serviceSubnet', 'networking.serviceSubnet');
    const kindPod = readField(ctx, networking?.value, 'podSubnet', 'networking.podSubnet');
    const disableDefaultCNI = scalarText(lookup(doc, networking?.value, 'disableDefaultCNI')?.value ?? null) === 'true';
    const nodes = seqItems(doc, lookup(doc, root, 'nodes')?.value ?? null);
    const roleOf = (n) => scalarText(lookup(doc, n, 'role')?.value ?? null) ?? 'control-plane';
    const initIndex = nodes.findIndex((n) => roleOf(n) === 'control-plane');
    // Version: the control-plane node's image tag (kindest/node:v1.34.0), else any node's.
    const imageOf = (n) => (n ? scalarText(lookup(doc, n, 'image')?.value ?? null) : null);
    const version = parseImageMinor(imageOf(nodes[initIndex])) ?? nodes.map((n) => parseImageMinor(imageOf(n))).find((v) => v !== undefined);
    const versions = kindKubeadmVersions(version);
    // Cluster-level patches, then the bootstrap control-plane node's (config.go getKubeadmConfig).
    applyPatchLists(source, ctx, root, '', versions, state, problems);
    if (initIndex >= 0)
        applyPatchLists(source, ctx, nodes[initIndex], `nodes[${initIndex}].`, versions, state, problems);
    const common = { format: kind_FORMAT, group, createOnly: true, ...(version ? { kubernetesVersion: version } : {}) };
    const explicit = (read, rest) => ({
        ...common,
        ...rest,
        setting: read.setting,
        value: read.text,
        origin: 'explicit',
        span: read.span,
    });
    const apiRest = { subject: apiserver, role: 'service-range', component: 'kube-apiserver' };
    // Service range: apiServer.extraArgs (from a patch) > a patch's networking.serviceSubnet > kind's field > kind default.
    const api = state.apiServerRange?.kind === 'empty' ? undefined : state.apiServerRange;
    const patched = state.serviceSubnet;
    if (api) {
        if (api.kind === 'value')
            settings.push(explicit(api, { ...apiRest, profile: 'apiserver' }));
        else
            problems.push(fieldProblem(api, kind_FORMAT, true, kind_HIDDEN_RANGE));
    }
    else if (patched) {
        if (patched.kind === 'value')
            settings.push(explicit(patched, { ...apiRest, profile: 'kubeadm' }));
        else if (patched.kind === 'empty') {
            settings.push({
                ...common,
                ...apiRest,
                profile: 'kubeadm',
                setting: patched.setting,
                value: KUBEADM_DEFAULT_SERVICE_SUBNET,
                origin: 'default',
                span: patched.span,
                defaultNote: `kubeadm default: ${patched.setting} removes kind's networking.serviceSubnet`,
            });
        }
        else
            problems.push(fieldProblem(patched, kind_FORMAT, true, kind_HIDDEN_RANGE));
    }
    else if (kindService && kindService.kind !== 'empty') {
        if (kindService.kind === 'value') {
            settings.push({ ...explicit(kindService, { ...apiRest, profile: 'kind' }), ...(family ? { ipFamily: family } : {}) });
        }
        else
            problems.push(fieldProblem(kindService, kind_FORMAT, true, kind_HIDDEN_RANGE));
    }
    else if (family) {
        settings.push({
            ...common,
            ...apiRest,
            profile: 'kind',
            ipFamily: family,
            setting: 'networking.serviceSubnet',
            value: KIND_DEFAULT_SERVICE_SUBNET[family],
            origin: 'default',
            span: defaultSpan,
            defaultNote: `kind default for ipFamily ${family} when networking.serviceSubnet is absent`,
        });
    }
    else if (familyRead) {
        problems.push(fieldProblem(familyRead, kind_FORMAT, true, `kind's default Service range depends on it, so ${kind_HIDDEN_RANGE}`));
    }
    // kube-controller-manager's own --service-cluster-ip-range, only when a patch sets it.
    const cm = state.controllerManagerRange;
    if (cm?.kind === 'value') {
        settings.push(explicit(cm, { subject: controllerManager, role: 'service-range', component: 'kube-controller-manager', profile: 'apiserver' }));
    }
    else if (cm && cm.kind !== 'empty') {
        problems.push(fieldProblem(cm, kind_FORMAT, true, 'the kube-controller-manager Service range is unknown'));
    }
    // Pod range: controllerManager.extraArgs.cluster-cidr > a patch's podSubnet > kind's field > kind default.
    const podRest = { subject: controllerManager, role: 'pod-range', component: 'kube-controller-manager', profile: 'apiserver' };
    const cidr = state.controllerManagerClusterCidr?.kind === 'empty' ? undefined : state.controllerManagerClusterCidr;
    const pod = cidr ?? state.podSubnet ?? (kindPod?.kind === 'empty' ? undefined : kindPod);
    if (pod?.kind === 'value')
        settings.push(explicit(pod, podRest));
    else if (pod && pod.kind !== 'empty')
        problems.push(fieldProblem(pod, kind_FORMAT, false, 'the overlap check against the Service range is skipped'));
    else if (!pod && !disableDefaultCNI && family) {
        settings.push({
            ...common,
            ...podRest,
            setting: 'networking.podSubnet',
            value: KIND_DEFAULT_POD_SUBNET[family],
            origin: 'default',
            span: defaultSpan,
            defaultNote: `kind default for ipFamily ${family} when networking.podSubnet is absent`,
        });
    }
}
/** Applies `kubeadmConfigPatches` then `kubeadmConfigPatchesJSON6902` of one level (cluster or node). */
function applyPatchLists(source, ctx, owner, prefix, versions, state, problems) {
    const { doc } = ctx;
    const merge = deref(doc, lookup(doc, owner, 'kubeadmConfigPatches')?.value ?? null);
    if ((0,dist/* isSeq */.oP)(merge)) {
        seqItems(doc, merge).forEach((node, i) => applyMergePatch(source, { node, label: `${prefix}kubeadmConfigPatches[${i}]` }, versions, state, problems, kind_FORMAT));
    }
    const json = deref(doc, lookup(doc, owner, 'kubeadmConfigPatchesJSON6902')?.value ?? null);
    if ((0,dist/* isSeq */.oP)(json)) {
        seqItems(doc, json).forEach((entry, i) => applyJson6902Patch(source, ctx, entry, `${prefix}kubeadmConfigPatchesJSON6902[${i}]`, versions, state, problems, kind_FORMAT));
    }
}

;// CONCATENATED MODULE: ./src/formats/distributions/clusterapi.ts
// Cluster API (kubernetes-sigs/cluster-api):
//   Cluster (cluster.x-k8s.io/v1beta1|v1beta2) spec.clusterNetwork.services.cidrBlocks / pods.cidrBlocks,
//   also on ClusterClass topology clusters (the field is the same).
//   KubeadmControlPlane (controlplane.cluster.x-k8s.io) spec.kubeadmConfigSpec.clusterConfiguration,
//   KubeadmControlPlaneTemplate spec.template.spec.kubeadmConfigSpec.clusterConfiguration,
//   KubeadmConfig spec.clusterConfiguration (KubeadmConfigTemplate: see KUBEADM_CONFIG_PATHS):
//   networking.serviceSubnet / podSubnet, apiServer.extraArgs / controllerManager.extraArgs
//   (map in v1beta1, list of {name, value} in v1beta2).
// Effective value (bootstrap/kubeadm/internal/controllers/kubeadmconfig_controller.go: "If there are no
// Network settings defined in ClusterConfiguration, use ClusterNetwork settings"): serviceSubnet when set,
// else the Cluster's cidrBlocks joined with ',' (ClusterNetwork.Services.String()), else kubeadm's default
// 10.96.0.0/12 — that default only applies where a kubeadm control plane is in the file: a Cluster alone
// sets nothing and its control-plane provider decides, so no default is invented for it.
// apiServer.extraArgs service-cluster-ip-range overrides both (kube-apiserver reads the flag).
// Immutable: the KubeadmControlPlane webhook allows changes to clusterConfiguration.apiServer but not to
// clusterConfiguration.networking ("cannot be modified": controlplane/kubeadm/internal/webhooks/
// kubeadm_control_plane.go allowedPaths).




const clusterapi_FORMAT = 'clusterapi';
const KCP_NETWORKING_IMMUTABLE = 'Cluster API: the KubeadmControlPlane webhook rejects changes to spec.kubeadmConfigSpec.clusterConfiguration.networking ("cannot be modified")';
const KUBEADM_CONFIG_PATHS = {
    KubeadmControlPlane: ['spec', 'kubeadmConfigSpec'],
    KubeadmControlPlaneTemplate: ['spec', 'template', 'spec', 'kubeadmConfigSpec'],
    KubeadmConfig: ['spec'],
    // KubeadmConfigTemplate is not read: it feeds MachineDeployments (worker joins), and for a join "CABPK
    // simply ignore[s]" a ClusterConfiguration (kubeadmconfig_controller.go), so its networking never
    // reaches an apiserver.
};
const clusterApiFormat = {
    id: clusterapi_FORMAT,
    extract: (source) => guardExtraction(clusterapi_FORMAT, () => extractClusterApi(source)),
};
function extractClusterApi(source) {
    const yaml = source.yaml;
    if (!yaml || yaml.documents.length === 0)
        return EMPTY_EXTRACTION;
    const clusters = [];
    const kubeadms = [];
    yaml.documents.forEach((doc, i) => {
        const { kind, apiVersion } = documentKind(doc);
        if (!kind || !apiVersion)
            return;
        const name = scalarText(getPath(doc, doc.contents, ['metadata', 'name'])) ?? `${kind}#${i}`;
        if (kind === 'Cluster' && /^cluster\.x-k8s\.io\/v1beta[12]$/.test(apiVersion)) {
            clusters.push({ doc, name, controlPlaneName: scalarText(getPath(doc, doc.contents, ['spec', 'controlPlaneRef', 'name'])) });
        }
        else if (KUBEADM_CONFIG_PATHS[kind] && /^(controlplane|bootstrap)\.cluster\.x-k8s\.io\//.test(apiVersion)) {
            const version = minorVersion(scalarText(getPath(doc, doc.contents, ['spec', 'version'])));
            kubeadms.push({ doc, kind, name, configPath: KUBEADM_CONFIG_PATHS[kind], version });
        }
    });
    if (clusters.length === 0 && kubeadms.length === 0)
        return EMPTY_EXTRACTION;
    const out = { settings: [], problems: [] };
    const used = new Set();
    for (const cluster of clusters) {
        // The control plane of this cluster: the KubeadmControlPlane its controlPlaneRef names, or the only
        // one in the file (templates name objects with ${VARS} that do not resolve here).
        const kcps = kubeadms.filter((k) => k.kind === 'KubeadmControlPlane' && !used.has(k));
        const kcp = kcps.find((k) => k.name === cluster.controlPlaneName) ?? (clusters.length === 1 && kcps.length === 1 ? kcps[0] : undefined);
        if (kcp)
            used.add(kcp);
        readCluster(source, cluster, kcp, out);
    }
    for (const k of kubeadms)
        if (!used.has(k))
            readKubeadmOnly(source, k, out);
    return out;
}
function clusterConfiguration(k) {
    const parent = getPath(k.doc, k.doc.contents, k.configPath);
    return { entry: mapEntry(k.doc, parent, 'clusterConfiguration'), parent };
}
function readCluster(source, cluster, kcp, out) {
    const { doc } = cluster;
    const id = `clusterapi/${cluster.name}`;
    const make = settingMaker({
        format: clusterapi_FORMAT,
        group: id,
        kubernetesVersion: kcp?.version ?? minorVersion(scalarText(getPath(doc, doc.contents, ['spec', 'topology', 'version']))),
    });
    const specEntry = mapEntry(doc, doc.contents, 'spec');
    const netEntry = mapEntry(doc, specEntry?.value, 'clusterNetwork');
    const servicesEntry = mapEntry(doc, netEntry?.value, 'services');
    const blocks = mapEntry(doc, servicesEntry?.value, 'cidrBlocks');
    const clusterRead = readRange(source, doc, blocks?.value ?? null);
    const subject = `${id}/service-range`;
    const profile = kcp ? 'kubeadm' : 'apiserver';
    // What the kubeadm control plane says itself, when there is one.
    const cc = kcp ? clusterConfiguration(kcp) : null;
    const serviceSubnet = kcp && cc ? mapEntry(kcp.doc, getPath(kcp.doc, cc.entry?.value, ['networking']), 'serviceSubnet') : null;
    const apiArg = kcp && cc ? extraArgNode(kcp.doc, getPath(kcp.doc, cc.entry?.value, ['apiServer', 'extraArgs']), 'service-cluster-ip-range') : null;
    const ccPrefix = kcp ? `${kcp.kind} ${kcp.configPath.slice(1).join('.')}${kcp.configPath.length > 1 ? '.' : ''}clusterConfiguration` : '';
    let decided = false;
    if (kcp && apiArg) {
        const got = emitRange(out, source, kcp.doc, apiArg, make, { subject, role: 'service-range', component: 'kube-apiserver', setting: `${ccPrefix}.apiServer.extraArgs.service-cluster-ip-range` }, clusterapi_FORMAT);
        decided = got !== 'absent';
    }
    if (!decided && kcp && serviceSubnet) {
        const got = emitRange(out, source, kcp.doc, serviceSubnet.value, make, {
            subject,
            role: 'service-range',
            component: 'kube-apiserver',
            setting: `${ccPrefix}.networking.serviceSubnet`,
            profile: 'kubeadm',
            immutable: kcp.kind === 'KubeadmControlPlane' ? KCP_NETWORKING_IMMUTABLE : undefined,
        }, clusterapi_FORMAT);
        decided = got !== 'absent';
    }
    if (decided) {
        // The Cluster's own value still feeds CNI and providers that read clusterNetwork: report it next to
        // the apiserver value so a disagreement shows as component-mismatch.
        if (clusterRead.kind === 'value') {
            out.settings.push(make({
                subject: `${id}/cluster-network`,
                role: 'service-range',
                component: 'platform',
                setting: 'spec.clusterNetwork.services.cidrBlocks',
                value: clusterRead.text,
                origin: 'explicit',
                span: clusterRead.span,
                profile,
            }));
        }
    }
    else if (clusterRead.kind === 'value') {
        out.settings.push(make({
            subject,
            role: 'service-range',
            component: 'platform',
            setting: 'spec.clusterNetwork.services.cidrBlocks',
            value: clusterRead.text,
            origin: 'explicit',
            span: clusterRead.span,
            profile,
        }));
    }
    else if (clusterRead.kind === 'template') {
        out.problems.push(templateProblem(clusterapi_FORMAT, 'spec.clusterNetwork.services.cidrBlocks', clusterRead.span, clusterRead.expression));
    }
    else if (clusterRead.kind === 'unreadable') {
        out.problems.push(unreadableProblem(clusterapi_FORMAT, 'spec.clusterNetwork.services.cidrBlocks', clusterRead.span, clusterRead.reason));
    }
    else if (kcp) {
        // Nothing set anywhere and kubeadm bootstraps the control plane: kubeadm's default applies.
        const anchor = servicesEntry ?? netEntry ?? specEntry;
        out.settings.push(make({
            subject,
            role: 'service-range',
            component: 'kube-apiserver',
            setting: 'spec.clusterNetwork.services.cidrBlocks',
            value: KUBEADM_DEFAULT_SERVICE_SUBNET,
            origin: 'default',
            span: anchor ? keySpan(source, anchor.key) : lineSpan(1),
            profile: 'kubeadm',
            defaultNote: 'kubeadm default (10.96.0.0/12): neither the Cluster nor the KubeadmControlPlane sets a Service range',
        }));
    }
    // Pods: controller-manager --cluster-cidr > networking.podSubnet > Cluster pods.cidrBlocks.
    const kcmArg = kcp && cc ? extraArgNode(kcp.doc, getPath(kcp.doc, cc.entry?.value, ['controllerManager', 'extraArgs']), 'cluster-cidr') : null;
    const podSubnet = kcp && cc ? (mapEntry(kcp.doc, getPath(kcp.doc, cc.entry?.value, ['networking']), 'podSubnet')?.value ?? null) : null;
    const podDraft = { subject: `${id}/pod-range`, role: 'pod-range', component: 'platform' };
    if (kcp && kcmArg)
        emitRange(out, source, kcp.doc, kcmArg, make, { ...podDraft, setting: `${ccPrefix}.controllerManager.extraArgs.cluster-cidr` }, clusterapi_FORMAT);
    else if (kcp && podSubnet)
        emitRange(out, source, kcp.doc, podSubnet, make, { ...podDraft, setting: `${ccPrefix}.networking.podSubnet` }, clusterapi_FORMAT);
    else
        emitRange(out, source, doc, mapEntry(doc, getPath(doc, netEntry?.value, ['pods']), 'cidrBlocks')?.value ?? null, make, { ...podDraft, setting: 'spec.clusterNetwork.pods.cidrBlocks' }, clusterapi_FORMAT);
    if (kcp && cc)
        readControllerManager(source, kcp, cc.entry?.value ?? null, id, make, ccPrefix, out);
}
function readControllerManager(source, k, ccNode, id, make, ccPrefix, out) {
    emitRange(out, source, k.doc, extraArgNode(k.doc, getPath(k.doc, ccNode, ['controllerManager', 'extraArgs']), 'service-cluster-ip-range'), make, {
        subject: `${id}/kube-controller-manager`,
        role: 'service-range',
        component: 'kube-controller-manager',
        setting: `${ccPrefix}.controllerManager.extraArgs.service-cluster-ip-range`,
    }, clusterapi_FORMAT);
}
/** A kubeadm config object without its Cluster in the file: only what it sets itself, never a default. */
function readKubeadmOnly(source, k, out) {
    const cc = clusterConfiguration(k);
    if (!cc.entry)
        return;
    const id = `clusterapi/${k.kind}/${k.name}`;
    const make = settingMaker({ format: clusterapi_FORMAT, group: id, kubernetesVersion: k.version });
    const ccPrefix = `${k.kind} ${k.configPath.slice(1).join('.')}${k.configPath.length > 1 ? '.' : ''}clusterConfiguration`;
    const node = cc.entry.value;
    const apiArg = extraArgNode(k.doc, getPath(k.doc, node, ['apiServer', 'extraArgs']), 'service-cluster-ip-range');
    const subject = `${id}/service-range`;
    const got = apiArg
        ? emitRange(out, source, k.doc, apiArg, make, { subject, role: 'service-range', component: 'kube-apiserver', setting: `${ccPrefix}.apiServer.extraArgs.service-cluster-ip-range` }, clusterapi_FORMAT)
        : 'absent';
    if (got === 'absent') {
        emitRange(out, source, k.doc, mapEntry(k.doc, getPath(k.doc, node, ['networking']), 'serviceSubnet')?.value ?? null, make, {
            subject,
            role: 'service-range',
            component: 'kube-apiserver',
            setting: `${ccPrefix}.networking.serviceSubnet`,
            profile: 'kubeadm',
            immutable: k.kind === 'KubeadmControlPlane' ? KCP_NETWORKING_IMMUTABLE : undefined,
        }, clusterapi_FORMAT);
    }
    emitRange(out, source, k.doc, mapEntry(k.doc, getPath(k.doc, node, ['networking']), 'podSubnet')?.value ?? null, make, { subject: `${id}/pod-range`, role: 'pod-range', component: 'platform', setting: `${ccPrefix}.networking.podSubnet` }, clusterapi_FORMAT);
    readControllerManager(source, k, node, id, make, ccPrefix, out);
}

;// CONCATENATED MODULE: ./src/formats/declared/yaml-declaration.ts
// A YAML format described as data, and the one reader that runs every declaration.
//
// A declaration says: which documents are the format's (signature), where the config sits in them (roots),
// how a cluster's identity is built (group), where the Kubernetes version comes from, whether the platform
// fixes the Service range at creation, and its fields — each with its role, the component that reads it,
// an override that wins over it, and the default that applies when it is absent or empty. The reader below
// turns that into Settings and Problems with the reading toolkit; a format whose reading is truly its own
// (kind's patches, kops' field generations, Terraform's HCL, k3s' CLI-style keys) stays code in
// src/formats/distributions/.
//
// Rules every declared format shares (the same as the hand-written readers they replace):
// - a literal value is a Setting at the value's exact span;
// - a templated value is a Problem that hides the range when the field is the Service range, and nothing
//   otherwise; never a default in its place;
// - an absent, empty or unreadable value gets the field's default (at the key of its closest present parent),
//   or nothing when the platform's default is not knowable from the file.




/** The FormatExtractor that runs one declaration. */
function declaredFormat(decl) {
    return {
        id: decl.id,
        extract: (source) => guardExtraction(decl.id, () => {
            const yaml = source.yaml;
            if (!yaml)
                return EMPTY_EXTRACTION;
            return mergeExtractions(yaml.documents.map((doc, i) => yaml_declaration_readDocument(decl, source, doc, i)));
        }),
    };
}
function yaml_declaration_readDocument(decl, source, doc, index) {
    const top = doc.contents;
    let root = top;
    let prefix = '';
    for (const r of decl.roots ?? [{ path: [], settingPrefix: '' }]) {
        const node = r.path.length ? getPath(doc, top, r.path) : top;
        if ((0,dist/* isMap */.jh)(node)) {
            root = node;
            prefix = r.settingPrefix;
            break;
        }
    }
    if (!(0,dist/* isMap */.jh)(root) || !matches(decl, doc, root))
        return EMPTY_EXTRACTION;
    const text = (path) => scalarText(getPath(doc, root, path));
    let group = `${decl.id}/${text(decl.group.name) ?? `#${index}`}`;
    for (const s of decl.group.suffixes ?? []) {
        const part = text(s.path);
        if (part)
            group += `${s.prefix}${part}`;
    }
    return readDeclaredFields(decl, source, doc, { root, group, settingPrefix: prefix });
}
/**
 * Reads the fields of one declaration from one config root. Formats whose document recognition or identity
 * is their own (Talos' patches and numbered documents) call this with the group they built.
 */
function readDeclaredFields(decl, source, doc, opts) {
    const { root, group } = opts;
    const prefix = opts.settingPrefix ?? '';
    const withDefaults = opts.withDefaults ?? true;
    const text = (path) => scalarText(getPath(doc, root, path));
    let kubernetesVersion = opts.kubernetesVersion;
    for (const p of decl.kubernetesVersion ?? [])
        kubernetesVersion ??= minorVersion(text(p));
    const ctx = { format: decl.id, group, profile: decl.profile ?? 'apiserver', immutable: decl.immutable, kubernetesVersion };
    const strict = decl.reportEveryHiddenValue === true;
    const settings = [];
    const problems = [];
    for (const f of decl.fields) {
        const subject = `${group}/${f.subject}`;
        let node;
        let setting;
        let present;
        if (f.extraArg !== undefined) {
            node = extraArgNode(doc, getPath(doc, root, f.path), f.extraArg);
            setting = prefix + [...f.path, f.extraArg].join('.');
            present = node !== null;
        }
        else {
            const override = f.override ? entryAt(doc, root, f.override) : null;
            const chosen = override ?? entryAt(doc, root, f.path);
            node = chosen?.value ?? null;
            setting = prefix + (override ? f.override : f.path).join('.');
            present = chosen !== null;
        }
        if (present) {
            const hides = f.role === 'service-range';
            const read = f.list || strict ? readRange(source, doc, node) : readScalar(source, node);
            if (read.kind === 'template') {
                if (hides || strict)
                    problems.push(templateProblem(decl.id, setting, read.span, read.expression, hides));
                continue;
            }
            if (read.kind === 'unreadable' && strict) {
                problems.push(unreadableProblem(decl.id, setting, read.span, read.reason, hides));
                continue;
            }
            if (read.kind === 'value') {
                settings.push(makeSetting(ctx, { subject, role: f.role, component: f.component, setting, value: read.text, origin: 'explicit', span: read.span }));
                continue;
            }
        }
        if (!f.default || !withDefaults)
            continue;
        const anchor = f.default.anchor ? entryAt(doc, root, f.default.anchor) : null;
        settings.push(makeSetting(ctx, {
            subject,
            role: f.role,
            component: f.component,
            setting: prefix + f.path.join('.'),
            value: f.default.value,
            origin: 'default',
            span: f.default.anchor ? (anchor ? keySpan(source, anchor.key) : lineSpan(1)) : closestParentSpan(source, doc, root, f.path),
            defaultNote: f.default.note,
        }));
    }
    return { settings, problems };
}
function matches(decl, doc, root) {
    const sig = decl.signature;
    if (sig.kind === null) {
        if (scalarText(getPath(doc, root, ['kind'])) !== null)
            return false;
    }
    else {
        if (scalarText(getPath(doc, doc.contents, ['kind'])) !== sig.kind)
            return false;
        const apiVersion = scalarText(getPath(doc, doc.contents, ['apiVersion']));
        if (sig.apiVersionPrefix !== undefined && !apiVersion?.startsWith(sig.apiVersionPrefix))
            return false;
    }
    if (sig.anyKeyUnder) {
        const under = getPath(doc, root, sig.anyKeyUnder.path);
        if (!(0,dist/* isMap */.jh)(under) || !sig.anyKeyUnder.keys.some((k) => mapEntry(doc, under, k) !== null))
            return false;
    }
    if (sig.allKeysUnder) {
        const under = getPath(doc, root, sig.allKeysUnder.path);
        if (!(0,dist/* isMap */.jh)(under) || !sig.allKeysUnder.keys.every((k) => mapEntry(doc, under, k) !== null))
            return false;
    }
    return true;
}
/** The entry (key and value) at a path, or null when any key on the way is absent. */
function entryAt(doc, root, path) {
    return mapEntry(doc, getPath(doc, root, path.slice(0, -1)), path[path.length - 1]);
}
/** Where a default points: the key of the field's closest present parent, or line 1. */
function closestParentSpan(source, doc, root, path) {
    for (let n = path.length - 1; n >= 1; n--) {
        const entry = entryAt(doc, root, path.slice(0, n));
        if (entry)
            return keySpan(source, entry.key);
    }
    return lineSpan(1);
}

;// CONCATENATED MODULE: ./src/formats/distributions/k0s.ts
// k0s ClusterConfig (k0s.k0sproject.io/v1beta1, k0sproject/k0s pkg/apis/k0s/v1beta1/network.go):
//   spec.network.serviceCIDR (default "10.96.0.0/12", DefaultNetwork()), spec.network.podCIDR
//   (default "10.244.0.0/16"), spec.network.dualStack.{enabled, IPv6serviceCIDR, IPv6podCIDR}
//   (k0s passes "serviceCIDR,IPv6serviceCIDR" to kube-apiserver when dual-stack is enabled:
//   Network.BuildServiceCIDR), spec.api.extraArgs / spec.controllerManager.extraArgs (merged over the
//   flags k0s computes, so a flag there wins: pkg/component/controller/apiserver.go).
// Also found embedded: k0sctl / cfctl `Cluster` `spec.k0s.config`, k0smotron control planes
// (`spec.k0sConfig`), and any map that carries the ClusterConfig apiVersion/kind.





const k0s_FORMAT = 'k0s';
const K0S_DEFAULT_SERVICE_CIDR = '10.96.0.0/12';
const K0S_API_GROUP = 'k0s.k0sproject.io/';
const k0sFormat = {
    id: k0s_FORMAT,
    extract: (source) => guardExtraction(k0s_FORMAT, () => extractK0s(source)),
};
/**
 * The component flags, merged over the flags k0s computes (a flag there wins; it takes the group's
 * service-range subject through preferApiserverOverride). The Service and pod ranges stay code below: k0s
 * joins `serviceCIDR` with `dualStack.IPv6serviceCIDR` into one value, which a declaration does not say.
 */
const K0S_FLAGS = {
    id: k0s_FORMAT,
    reportEveryHiddenValue: true,
    fields: [
        {
            subject: 'kube-apiserver',
            role: 'service-range',
            component: 'kube-apiserver',
            path: ['spec', 'api', 'extraArgs'],
            extraArg: 'service-cluster-ip-range',
        },
        {
            subject: 'kube-controller-manager',
            role: 'service-range',
            component: 'kube-controller-manager',
            path: ['spec', 'controllerManager', 'extraArgs'],
            extraArg: 'service-cluster-ip-range',
        },
    ],
};
function extractK0s(source) {
    const yaml = source.yaml;
    if (!yaml || yaml.documents.length === 0)
        return EMPTY_EXTRACTION;
    const out = { settings: [], problems: [] };
    const ids = new Map();
    for (const doc of yaml.documents) {
        for (const found of findConfigs(doc)) {
            const name = scalarText(getPath(doc, found.config, ['metadata', 'name']));
            const where = found.path.length ? found.path.join('.') : (documentKind(doc).kind ?? 'ClusterConfig');
            const base = name ? `k0s/${name}` : `k0s/${where}`;
            const n = ids.get(base) ?? 0;
            ids.set(base, n + 1);
            readClusterConfig(source, doc, found, out, n === 0 ? base : `${base}#${n}`);
        }
    }
    return out;
}
/** Every k0s ClusterConfig in one document, top-level or embedded, with the Kubernetes version when visible. */
function findConfigs(doc) {
    const found = [];
    walkMaps(doc, doc.contents, (map, path) => {
        const apiVersion = scalarText(mapEntry(doc, map, 'apiVersion')?.value);
        const kind = scalarText(mapEntry(doc, map, 'kind')?.value);
        const isConfig = kind === 'ClusterConfig' && apiVersion !== null && apiVersion.startsWith(K0S_API_GROUP);
        // k0sctl `spec.k0s.config` and k0smotron `spec.k0sConfig` may omit apiVersion/kind: their place says what they are.
        const last = path[path.length - 1];
        const embeddedByPlace = !isConfig && ((last === 'config' && path[path.length - 2] === 'k0s') || last === 'k0sConfig') && (0,dist/* isMap */.jh)(getPath(doc, map, ['spec']));
        if (!isConfig && !embeddedByPlace)
            return;
        let version;
        if (path.length >= 2 && path[path.length - 2] === 'k0s') {
            // k0sctl: spec.k0s.version, e.g. '1.28.3+k0s.0'
            const parent = getPath(doc, doc.contents, path.slice(0, -1));
            version = minorVersion(scalarText(mapEntry(doc, parent, 'version')?.value));
        }
        else if (last === 'k0sConfig') {
            const parent = getPath(doc, doc.contents, path.slice(0, -1));
            version = minorVersion(scalarText(mapEntry(doc, parent, 'version')?.value));
        }
        found.push({ config: map, path, version });
    });
    return found;
}
function readClusterConfig(source, doc, found, out, id) {
    const make = settingMaker({ format: k0s_FORMAT, group: id, kubernetesVersion: found.version });
    const prefix = found.path.length ? `${found.path.join('.')}.` : '';
    const specEntry = mapEntry(doc, found.config, 'spec');
    const networkEntry = mapEntry(doc, specEntry?.value, 'network');
    const network = networkEntry?.value ?? null;
    const dualStack = scalarText(getPath(doc, network, ['dualStack', 'enabled'])) === 'true';
    const v4 = mapEntry(doc, network, 'serviceCIDR');
    // IPv6serviceCIDR / IPv6podCIDR live in spec.network.dualStack (k0s DualStack struct).
    const dual = getPath(doc, network, ['dualStack']);
    const v6 = dualStack ? mapEntry(doc, dual, 'IPv6serviceCIDR') : null;
    const subject = `${id}/service-range`;
    const setting = `${prefix}spec.network.serviceCIDR`;
    // Dual-stack: one effective value "v4,v6" as k0s hands it to kube-apiserver; read both parts first.
    const read = (entry, name) => {
        if (!entry)
            return null;
        const tmp = { settings: [], problems: [] };
        const got = emitRange(tmp, source, doc, entry.value, make, { subject, role: 'service-range', component: 'platform', setting: name }, k0s_FORMAT);
        out.problems.push(...tmp.problems);
        if (got === 'hidden')
            return 'hidden';
        return got === 'set' ? { value: tmp.settings[0].value, span: tmp.settings[0].span } : null;
    };
    const first = read(v4, setting);
    const second = read(v6, `${prefix}spec.network.dualStack.IPv6serviceCIDR`);
    if (first !== 'hidden' && second !== 'hidden') {
        const isDefault = first === null;
        const values = [first?.value ?? K0S_DEFAULT_SERVICE_CIDR, ...(second ? [second.value] : [])];
        const parentSpan = networkEntry ? keySpan(source, networkEntry.key) : specEntry ? keySpan(source, specEntry.key) : lineSpan(1);
        const startSpan = first?.span ?? second?.span ?? parentSpan;
        const endSpan = second?.span ?? startSpan;
        out.settings.push(make({
            subject,
            role: 'service-range',
            component: 'platform',
            setting: second ? `${setting} + dualStack.IPv6serviceCIDR` : setting,
            value: values.join(','),
            origin: isDefault && !second ? 'default' : 'explicit',
            span: { line: startSpan.line, column: startSpan.column, endLine: endSpan.endLine, endColumn: endSpan.endColumn },
            ...(isDefault ? { defaultNote: 'k0s default when spec.network.serviceCIDR is absent (k0s DefaultNetwork)' } : {}),
        }));
    }
    const podParts = [];
    let podSpan = lineSpan(1);
    for (const key of dualStack ? ['podCIDR', 'dualStack.IPv6podCIDR'] : ['podCIDR']) {
        const e = key.startsWith('dualStack.') ? mapEntry(doc, dual, 'IPv6podCIDR') : mapEntry(doc, network, key);
        if (!e)
            continue;
        const tmp = { settings: [], problems: [] };
        const got = emitRange(tmp, source, doc, e.value, make, { subject: `${id}/pod-range`, role: 'pod-range', component: 'platform', setting: `${prefix}spec.network.${key}` }, k0s_FORMAT);
        if (got === 'set') {
            if (podParts.length === 0)
                podSpan = tmp.settings[0].span;
            podParts.push(tmp.settings[0].value);
        }
        out.problems.push(...tmp.problems);
    }
    if (podParts.length) {
        out.settings.push(make({
            subject: `${id}/pod-range`,
            role: 'pod-range',
            component: 'platform',
            setting: `${prefix}spec.network.podCIDR`,
            value: podParts.join(','),
            origin: 'explicit',
            span: podSpan,
        }));
    }
    const flags = readDeclaredFields(K0S_FLAGS, source, doc, {
        root: found.config,
        group: id,
        settingPrefix: prefix,
        kubernetesVersion: found.version,
    });
    out.settings.push(...flags.settings);
    out.problems.push(...flags.problems);
    preferApiserverOverride(out, id);
}

;// CONCATENATED MODULE: ./src/formats/distributions/kops-create-cluster.ts
// `kops create cluster … --set spec.networking.serviceClusterIPRange=…` in shell scripts: the cluster spec a
// script creates, read with the same fields, subjects, defaults and group as a kops Cluster manifest (kops.ts).
//
// Upstream kubernetes/kops:
// - cmd/kops/create_cluster.go: `--set` (and its deprecated alias `--override`) is a LazyQuoteStringSliceVar:
//   every occurrence appends, and each value is split as one CSV record (encoding/csv with LazyQuotes,
//   cmd/kops/lazy_quote_string_slice.go readAsCSV), so `--set a=1,b=2` is two items and a comma inside a
//   value needs CSV quotes; `--ipv6` ("Use IPv6 for the pod network") makes cloudup.NewCluster set an IPv6
//   nonMasqueradeCIDR (`::/0`), which selects kops' IPv6 Service range default; `--name` or the first
//   argument names the cluster.
// - pkg/commands/set_cluster.go SetClusterFields: each item is split at the first `=` ("unhandled field" when
//   there is none, and the command fails), a `cluster.` prefix is dropped, and the value is set on the
//   internal API by its field path, in order: the last item for a field wins. Which path exists depends on
//   the kops version (`spec.serviceClusterIPRange`, moved to `spec.networking.serviceClusterIPRange` with the
//   v1alpha3 field generation): both are read, as kops.ts reads both places.
// - RunCreateCluster: "cluster %q already exists; use 'kops update cluster' to apply changes". The command only
//   ever creates a cluster, so a changed script applies to newly created clusters only: the settings are
//   create-only (SPEC §3), like a kind config. Editing the range of a running cluster is kops.ts' business.



const kops_create_cluster_FORMAT = 'kops';
/** Words that run the next word as the program (`sudo kops …`, `exec kops …`). */
const kops_create_cluster_WRAPPERS = new Set(['exec', 'sudo', 'env', 'time', 'command', 'nohup']);
/** `kops create cluster` flags that take no separate value (cmd/kops/create_cluster.go BoolVar/BoolVarP). */
const kops_create_cluster_BOOLEAN_FLAGS = new Set([
    'yes',
    'y',
    'dry-run',
    'ipv6',
    'bastion',
    'encrypt-etcd-storage',
    'associate-public-ip',
    'disable-subnet-tags',
    'openstack-lb-octavia',
    'openstack-storage-ignore-az',
    'gce-service-account-default',
]);
/** The `--set` fields kops.ts reads from a Cluster, by role and subject (the same subjects as kops.ts). */
const FIELDS = {
    'spec.serviceClusterIPRange': { role: 'service-range', subject: 'service-range', component: 'platform', rank: 0 },
    'spec.networking.serviceClusterIPRange': { role: 'service-range', subject: 'service-range', component: 'platform', rank: 0 },
    'spec.kubeAPIServer.serviceClusterIPRange': { role: 'service-range', subject: 'kube-apiserver', component: 'kube-apiserver', rank: 0 },
    'spec.podCIDR': { role: 'pod-range', subject: 'pod-range', component: 'platform', rank: 0 },
    'spec.networking.podCIDR': { role: 'pod-range', subject: 'pod-range', component: 'platform', rank: 0 },
    // kops.ts: kubeControllerManager.clusterCIDR is what the controller-manager allocates from, over podCIDR.
    'spec.kubeControllerManager.clusterCIDR': { role: 'pod-range', subject: 'pod-range', component: 'platform', rank: 1 },
    'spec.nonMasqueradeCIDR': { role: 'non-masquerade', subject: '', component: 'platform', rank: 0 },
    'spec.networking.nonMasqueradeCIDR': { role: 'non-masquerade', subject: '', component: 'platform', rank: 0 },
};
/** Cheap test before tokenising: a script that never names `kops` and `create` runs no `kops create cluster`. */
function mayCreateKopsCluster(text) {
    return /\bkops\b/.test(text) && /\bcreate\b/.test(text) && /\bcluster\b/.test(text);
}
/** Every `kops create cluster` of a shell script, each one cluster (`kops/<name>`). */
function extractKopsCreateCluster(source, defaults) {
    const out = { settings: [], problems: [] };
    let unnamed = 0;
    for (const argv of splitCommands(tokenizeShell(source.text))) {
        let i = 0;
        while (i < argv.length && (/^[A-Za-z_][A-Za-z0-9_]*=/.test(argv[i].text) || kops_create_cluster_WRAPPERS.has(argv[i].text)))
            i++;
        if (i >= argv.length || programName(argv[i].text) !== 'kops')
            continue;
        const create = argv.findIndex((a, k) => k > i && a.text === 'create');
        if (create < 0 || argv[create + 1]?.text !== 'cluster')
            continue;
        readCreate(source, argv.slice(create + 2), argv[create + 1], defaults, out, () => `Cluster#${unnamed++}`);
    }
    return out;
}
function readCreate(source, args, clusterWord, defaults, out, unnamed) {
    const items = [];
    let name;
    let version;
    let ipv6 = false;
    /** What made the cluster IPv6 (`--ipv6`, an IPv6 nonMasqueradeCIDR): where the IPv6 default comes from. */
    let ipv6Span;
    for (let k = 0; k < args.length; k++) {
        const t = args[k].text;
        if (t === '--')
            break;
        if (!t.startsWith('-')) {
            name ??= t; // cobra: the cluster name is the first argument
            continue;
        }
        const body = t.replace(/^--?/, '');
        const eq = body.indexOf('=');
        const flag = eq < 0 ? body : body.slice(0, eq);
        let value;
        if (eq >= 0)
            value = { arg: args[k], from: t.length - body.length + eq + 1 };
        else if (!kops_create_cluster_BOOLEAN_FLAGS.has(flag) && k + 1 < args.length)
            value = { arg: args[++k], from: 0 };
        if (flag === 'ipv6') {
            ipv6 = eq < 0 || /^(true|1|t)$/i.test(body.slice(eq + 1));
            ipv6Span = source.span(args[k].offsets[0], args[k].offsets[t.length]);
        }
        if (!value)
            continue;
        const text = value.arg.text.slice(value.from);
        if (flag === 'name')
            name = text;
        else if (flag === 'kubernetes-version')
            version = minorVersion(text);
        else if (flag === 'set' || flag === 'override')
            items.push(...csvItems(source, value.arg, value.from, out));
    }
    const group = `${kops_create_cluster_FORMAT}/${name ?? unnamed()}`;
    const ctx = { format: kops_create_cluster_FORMAT, group, kubernetesVersion: version };
    const chosen = new Map();
    for (const item of items) {
        const field = FIELDS[item.key.replace(/^cluster\./, '')];
        if (!field)
            continue;
        if (field.role === 'non-masquerade') {
            ipv6 = item.value.includes(':');
            ipv6Span = item.span;
            continue;
        }
        const previous = chosen.get(field.subject);
        if (previous && previous.rank > field.rank)
            continue;
        chosen.set(field.subject, { item, rank: field.rank, role: field.role, component: field.component });
    }
    const settings = [];
    for (const [subject, { item, role, component }] of chosen) {
        const setting = item.key.replace(/^cluster\./, '');
        const expression = findTemplateExpression(item.value);
        if (expression) {
            out.problems.push(templateProblem(kops_create_cluster_FORMAT, setting, item.span, expression, role === 'service-range'));
            if (subject === 'service-range')
                return; // never a default in place of a hidden value
            continue;
        }
        settings.push(makeSetting(ctx, {
            subject: `${group}/${subject}`,
            role,
            component,
            setting,
            value: item.value,
            origin: 'explicit',
            span: item.span,
            createOnly: true,
        }));
    }
    if (!chosen.has('service-range')) {
        settings.unshift(makeSetting(ctx, {
            subject: `${group}/service-range`,
            role: 'service-range',
            component: 'platform',
            setting: 'spec.networking.serviceClusterIPRange',
            value: ipv6 ? defaults.ipv6 : defaults.ipv4,
            origin: 'default',
            span: (ipv6 ? ipv6Span : undefined) ?? source.span(clusterWord.offsets[0], clusterWord.offsets[clusterWord.text.length]),
            defaultNote: `kops default when serviceClusterIPRange is not set${ipv6 ? ' and the cluster is IPv6' : ''} (kubernetes/kops upup/pkg/fi/cloudup)`,
            createOnly: true,
        }));
    }
    out.settings.push(...settings);
}
/**
 * One `--set` value split as a CSV record (encoding/csv, LazyQuotes): fields at commas outside double quotes,
 * a quoted field loses its quotes. Each field is `key=value` with the value's span in the file. A field without
 * `=` that looks like a range (a dual-stack value split at its comma) makes kops fail: a problem at it.
 */
function csvItems(source, arg, from, out) {
    const text = arg.text;
    const items = [];
    let start = from;
    while (start <= text.length) {
        let end = start;
        let quoted = false;
        if (text[start] === '"') {
            quoted = true;
            end = start + 1;
            while (end < text.length && !(text[end] === '"' && text[end + 1] !== '"'))
                end += text[end] === '"' ? 2 : 1;
            end = text.indexOf(',', end);
        }
        else {
            end = text.indexOf(',', start);
        }
        if (end < 0)
            end = text.length;
        const a = quoted ? start + 1 : start;
        const b = quoted && text[end - 1] === '"' ? end - 1 : end;
        const field = text.slice(a, b);
        const eq = field.indexOf('=');
        if (eq >= 0) {
            items.push({
                key: field.slice(0, eq),
                value: field.slice(eq + 1).replace(/""/g, '"'),
                span: source.span(arg.offsets[a + eq + 1], arg.offsets[b]),
            });
        }
        else if (/^[0-9a-fA-F:.]+\/\d+$/.test(field)) {
            const at = source.position(arg.offsets[a]);
            const problem = {
                line: at.line,
                column: at.column,
                message: `kops splits a --set value at commas (CSV): "${field}" is an item without "=", and kops create cluster fails (unhandled field); quote the whole item to keep a comma in a value`,
                hidesRange: true,
                blocking: true,
                setting: '--set',
                format: kops_create_cluster_FORMAT,
            };
            out.problems.push(problem);
        }
        start = end + 1;
    }
    return items;
}

;// CONCATENATED MODULE: ./src/formats/distributions/kops.ts
// kops Cluster (kops.k8s.io/v1alpha2 and v1alpha3, kubernetes/kops pkg/apis/kops):
//   v1alpha3: spec.networking.serviceClusterIPRange / nonMasqueradeCIDR / podCIDR
//   v1alpha2: spec.serviceClusterIPRange / nonMasqueradeCIDR / podCIDR (spec.networking is the CNI choice)
//   both:     spec.kubeAPIServer.serviceClusterIPRange — kops validation requires it to equal the cluster
//             value ("KubeAPIServer ServiceClusterIPRange did not match cluster ServiceClusterIPRange",
//             pkg/apis/kops/validation), so it is a separate kube-apiserver setting in the same group and
//             the engine reports component-mismatch; spec.kubeControllerManager.clusterCIDR (pods).
// Default when the range is absent (kubernetes/kops upup/pkg/fi/cloudup, "Defaulted ServiceClusterIPRange
// to %v"): "100.64.0.0/13", or "fd00:5e4f:ce::/108" when nonMasqueradeCIDR is IPv6 (e.g. "::/0").
// Also reads nodeup configuration files that kops generates for control-plane nodes
// (APIServerConfig.KubeAPIServer.serviceClusterIPRange, Networking.serviceClusterIPRange), without defaults:
// they are generated in full, an absent value there is not a choice of the default.
// And `kops create cluster --set spec.networking.serviceClusterIPRange=…` in shell scripts, with these fields,
// subjects and defaults, create-only (kops-create-cluster.ts).





const kops_FORMAT = 'kops';
const KOPS_DEFAULT_SERVICE_RANGE_IPV4 = '100.64.0.0/13';
const KOPS_DEFAULT_SERVICE_RANGE_IPV6 = 'fd00:5e4f:ce::/108';
const kopsFormat = {
    id: kops_FORMAT,
    extract: (source) => guardExtraction(kops_FORMAT, () => {
        const cluster = extractKops(source);
        if (!isShellOrUnit(source.path, source.text) || !mayCreateKopsCluster(source.text))
            return cluster;
        const script = extractKopsCreateCluster(source, { ipv4: KOPS_DEFAULT_SERVICE_RANGE_IPV4, ipv6: KOPS_DEFAULT_SERVICE_RANGE_IPV6 });
        return { settings: [...cluster.settings, ...script.settings], problems: [...cluster.problems, ...script.problems] };
    }),
};
function extractKops(source) {
    const yaml = source.yaml;
    if (!yaml || yaml.documents.length === 0)
        return EMPTY_EXTRACTION;
    const out = { settings: [], problems: [] };
    let unnamed = 0;
    for (const doc of yaml.documents) {
        const { kind, apiVersion } = documentKind(doc);
        if (kind === 'Cluster' && apiVersion !== null && /^kops(\.k8s\.io)?\/v1alpha[23]$/.test(apiVersion)) {
            const name = scalarText(getPath(doc, doc.contents, ['metadata', 'name']));
            kops_readCluster(source, doc, out, name ? `kops/${name}` : `kops/Cluster#${unnamed++}`, apiVersion.endsWith('v1alpha3'));
        }
        else if (kind === null &&
            (mapEntry(doc, doc.contents, 'APIServerConfig') || (mapEntry(doc, doc.contents, 'Networking') && mapEntry(doc, doc.contents, 'KubeletConfig')))) {
            readNodeupConfig(source, doc, out);
        }
    }
    return out;
}
function kops_readCluster(source, doc, out, id, v1alpha3) {
    const specEntry = mapEntry(doc, doc.contents, 'spec');
    const spec = specEntry?.value ?? null;
    const make = settingMaker({ format: kops_FORMAT, group: id, kubernetesVersion: minorVersion(scalarText(getPath(doc, spec, ['kubernetesVersion']))) });
    // v1alpha3 moved the network ranges under spec.networking; read the place that belongs to the version,
    // and the other one as a fallback (hand-written files mix them; kops' conversion maps one onto the other).
    const places = v1alpha3 ? [['networking'], []] : [[], ['networking']];
    const fieldOf = (name) => {
        for (const p of places) {
            const parent = p.length ? getPath(doc, spec, p) : spec;
            const e = mapEntry(doc, parent, name);
            if (e)
                return { entry: e, setting: ['spec', ...p, name].join('.') };
        }
        return null;
    };
    const service = fieldOf('serviceClusterIPRange');
    const got = service
        ? emitRange(out, source, doc, service.entry.value, make, { subject: `${id}/service-range`, role: 'service-range', component: 'platform', setting: service.setting }, kops_FORMAT)
        : 'absent';
    const apiServer = mapEntry(doc, getPath(doc, spec, ['kubeAPIServer']), 'serviceClusterIPRange');
    if (got === 'absent') {
        const nonMasq = scalarText(fieldOf('nonMasqueradeCIDR')?.entry.value);
        const ipv6 = nonMasq?.includes(':');
        const networking = mapEntry(doc, spec, 'networking');
        out.settings.push(make({
            subject: `${id}/service-range`,
            role: 'service-range',
            component: 'platform',
            setting: v1alpha3 ? 'spec.networking.serviceClusterIPRange' : 'spec.serviceClusterIPRange',
            value: ipv6 ? KOPS_DEFAULT_SERVICE_RANGE_IPV6 : KOPS_DEFAULT_SERVICE_RANGE_IPV4,
            origin: 'default',
            span: v1alpha3 && networking ? keySpan(source, networking.key) : specEntry ? keySpan(source, specEntry.key) : lineSpan(1),
            defaultNote: `kops default when serviceClusterIPRange is absent${ipv6 ? ' and nonMasqueradeCIDR is IPv6' : ''} (kubernetes/kops upup/pkg/fi/cloudup)`,
        }));
    }
    if (apiServer) {
        emitRange(out, source, doc, apiServer.value, make, {
            subject: `${id}/kube-apiserver`,
            role: 'service-range',
            component: 'kube-apiserver',
            setting: 'spec.kubeAPIServer.serviceClusterIPRange',
        }, kops_FORMAT);
    }
    // Pods: kubeControllerManager.clusterCIDR is what the controller-manager allocates from; else podCIDR.
    const kcmCidr = mapEntry(doc, getPath(doc, spec, ['kubeControllerManager']), 'clusterCIDR');
    const pod = kcmCidr ? { entry: kcmCidr, setting: 'spec.kubeControllerManager.clusterCIDR' } : fieldOf('podCIDR');
    if (pod) {
        emitRange(out, source, doc, pod.entry.value, make, { subject: `${id}/pod-range`, role: 'pod-range', component: 'platform', setting: pod.setting }, kops_FORMAT);
    }
}
/**
 * The nodeup config kops writes for a node (`APIServerConfig`, `Networking`, `ControlPlaneConfig`): explicit
 * values only — nodeup gets them already defaulted from the Cluster spec.
 */
const KOPS_NODEUP = {
    id: kops_FORMAT,
    kubernetesVersion: [['KubernetesVersion']],
    reportEveryHiddenValue: true,
    fields: [
        {
            subject: 'kube-apiserver',
            role: 'service-range',
            component: 'kube-apiserver',
            path: ['APIServerConfig', 'KubeAPIServer', 'serviceClusterIPRange'],
        },
        { subject: 'service-range', role: 'service-range', component: 'platform', path: ['Networking', 'serviceClusterIPRange'] },
        {
            subject: 'pod-range',
            role: 'pod-range',
            component: 'kube-controller-manager',
            path: ['ControlPlaneConfig', 'KubeControllerManager', 'clusterCIDR'],
        },
    ],
};
function readNodeupConfig(source, doc, out) {
    const name = scalarText(getPath(doc, doc.contents, ['ClusterName']));
    const got = readDeclaredFields(KOPS_NODEUP, source, doc, { root: doc.contents, group: `kops/nodeup/${name ?? 'config'}` });
    out.settings.push(...got.settings);
    out.problems.push(...got.problems);
}

;// CONCATENATED MODULE: ./src/formats/declared/talos.ts
// Talos Linux machine configuration (siderolabs/talos pkg/machinery/config/types/v1alpha1):
//   version: v1alpha1 / machine: / cluster: network: serviceSubnets (list), podSubnets (list),
//   cluster.apiServer.extraArgs, cluster.apiServer.image (Kubernetes version);
// config patches that carry only `cluster.network...`; and the standalone `KubeNetworkConfig` document
// (apiVersion v1alpha1, top-level serviceSubnets / podSubnets).
// Defaults (siderolabs/talos pkg/machinery/constants: DefaultIPv4ServiceNet "10.96.0.0/12",
// DefaultIPv4PodNet "10.244.0.0/16"; SPEC §2): serviceSubnets 10.96.0.0/12 when absent from a full config.




const talos_FORMAT = 'talos';
const TALOS_DEFAULT_SERVICE_SUBNET = '10.96.0.0/12';
const talosFormat = {
    id: talos_FORMAT,
    extract: (source) => guardExtraction(talos_FORMAT, () => extractTalos(source)),
};
function extractTalos(source) {
    const yaml = source.yaml;
    if (!yaml || yaml.documents.length === 0)
        return EMPTY_EXTRACTION;
    const out = { settings: [], problems: [] };
    const seen = new Map();
    for (const doc of yaml.documents) {
        const { kind, apiVersion } = documentKind(doc);
        if (kind === 'KubeNetworkConfig' && apiVersion === 'v1alpha1') {
            readKubeNetworkConfig(source, doc, out, occurrence(seen, 'KubeNetworkConfig'));
            continue;
        }
        const version = scalarText(getPath(doc, doc.contents, ['version']));
        const cluster = mapEntry(doc, doc.contents, 'cluster');
        const isFullConfig = version === 'v1alpha1' && (cluster !== null || mapEntry(doc, doc.contents, 'machine') !== null);
        // A patch (no `version`) counts only when it names a network range or the apiserver flag itself.
        const network = getPath(doc, cluster?.value, ['network']);
        const isPatch = !isFullConfig &&
            kind === null &&
            (mapEntry(doc, network, 'serviceSubnets') !== null ||
                mapEntry(doc, network, 'podSubnets') !== null ||
                extraArgNode(doc, getPath(doc, cluster?.value, ['apiServer', 'extraArgs']), 'service-cluster-ip-range') !== null);
        if (!isFullConfig && !isPatch)
            continue;
        const name = scalarText(getPath(doc, cluster?.value, ['clusterName']));
        readMachineConfig(source, doc, out, {
            id: name ? `talos/${name}` : `talos/${isPatch ? 'patch' : 'config'}#${occurrence(seen, name ?? (isPatch ? 'patch' : 'config'))}`,
            withDefaults: isFullConfig,
        });
    }
    // Jinja blocks around a Talos patch can break YAML before `cluster:` is reached: never pass silently.
    if (out.settings.length === 0 && out.problems.length === 0 && yaml.problems.length > 0 && /^\s*cluster\s*:/m.test(source.text)) {
        out.problems.push(...scanKeyLines(source, talos_FORMAT, ['serviceSubnets']));
    }
    return out;
}
function occurrence(seen, key) {
    const n = seen.get(key) ?? 0;
    seen.set(key, n + 1);
    return n;
}
const SERVICE_DEFAULT_NOTE = (field) => `Talos default when ${field} is absent (siderolabs/talos constants.DefaultIPv4ServiceNet)`;
/**
 * A machine config (`version: v1alpha1` with `cluster:`) or a patch of one. Pod subnets: only explicit values
 * are compared for overlap; the Talos default pod range (10.244.0.0/16) never overlaps the default service
 * range, so defaulting it adds nothing. Talos renders the kube-apiserver static pod from serviceSubnets; an
 * extraArgs flag reaches the apiserver command line too, so it is reported as the apiserver's own value
 * (component-mismatch if different, and it takes the group's service-range subject: preferApiserverOverride).
 */
const TALOS_MACHINE_CONFIG = {
    id: talos_FORMAT,
    kubernetesVersion: [['cluster', 'apiServer', 'image']],
    reportEveryHiddenValue: true,
    fields: [
        {
            subject: 'service-range',
            role: 'service-range',
            component: 'platform',
            path: ['cluster', 'network', 'serviceSubnets'],
            default: { value: TALOS_DEFAULT_SERVICE_SUBNET, note: SERVICE_DEFAULT_NOTE('cluster.network.serviceSubnets') },
        },
        { subject: 'pod-range', role: 'pod-range', component: 'platform', path: ['cluster', 'network', 'podSubnets'] },
        {
            subject: 'kube-apiserver',
            role: 'service-range',
            component: 'kube-apiserver',
            path: ['cluster', 'apiServer', 'extraArgs'],
            extraArg: 'service-cluster-ip-range',
        },
        {
            subject: 'kube-controller-manager',
            role: 'service-range',
            component: 'kube-controller-manager',
            path: ['cluster', 'controllerManager', 'extraArgs'],
            extraArg: 'service-cluster-ip-range',
        },
    ],
};
/** The standalone `KubeNetworkConfig` document: top-level serviceSubnets / podSubnets. */
const TALOS_KUBE_NETWORK_CONFIG = {
    id: talos_FORMAT,
    reportEveryHiddenValue: true,
    fields: [
        {
            subject: 'service-range',
            role: 'service-range',
            component: 'platform',
            path: ['serviceSubnets'],
            default: { value: TALOS_DEFAULT_SERVICE_SUBNET, note: SERVICE_DEFAULT_NOTE('serviceSubnets'), anchor: ['kind'] },
        },
        { subject: 'pod-range', role: 'pod-range', component: 'platform', path: ['podSubnets'] },
    ],
};
function readMachineConfig(source, doc, out, ctx) {
    const got = readDeclaredFields(TALOS_MACHINE_CONFIG, source, doc, {
        root: doc.contents,
        group: ctx.id,
        withDefaults: ctx.withDefaults,
    });
    out.settings.push(...got.settings);
    out.problems.push(...got.problems);
    preferApiserverOverride(out, ctx.id);
}
function readKubeNetworkConfig(source, doc, out, index) {
    const got = readDeclaredFields(TALOS_KUBE_NETWORK_CONFIG, source, doc, {
        root: doc.contents,
        group: `talos/KubeNetworkConfig#${index}`,
    });
    out.settings.push(...got.settings);
    out.problems.push(...got.problems);
}

;// CONCATENATED MODULE: ./src/formats/distributions/openshift.ts
// OpenShift installer inputs: install-config.yaml (YAML or JSON), AgentClusterInstall (assisted installer /
// hive), a hive Secret (or an OpenShift Template wrapping it) whose `install-config.yaml` key embeds the
// config, and the assisted-service REST cluster object (JSON).
//
// Upstream:
// - openshift/installer pkg/types/defaults/installconfig.go: `defaultServiceNetwork = 172.30.0.0/16`,
//   applied when `networking.serviceNetwork` is empty; pods default `10.128.0.0/14`.
// - openshift/installer pkg/types/conversion/installconfig.go: deprecated `networking.serviceCIDR`
//   becomes `serviceNetwork: [serviceCIDR]` when serviceNetwork is empty.
// - The service network is only read at install time: changing it in install-config.yaml does not change
//   an installed cluster (OpenShift docs "Installation configuration parameters": networking parameters
//   "cannot be changed after installation").




const OPENSHIFT_DEFAULT_SERVICE_NETWORK = '172.30.0.0/16';
const OPENSHIFT_DEFAULT_CLUSTER_NETWORK = '10.128.0.0/14';
const openshift_FORMAT = 'openshift';
const IMMUTABLE = 'OpenShift reads networking.serviceNetwork only at install time: the service network of an installed cluster cannot be changed by editing the install configuration';
const openshiftFormat = {
    id: openshift_FORMAT,
    extract: (source) => guardExtraction(openshift_FORMAT, () => extractOpenshift(source)),
};
function extractOpenshift(source) {
    const yaml = source.yaml;
    if (!yaml)
        return EMPTY_EXTRACTION;
    const parts = [];
    yaml.documents.forEach((doc, index) => {
        const root = doc.contents;
        parts.push(...extractNode(source, doc, root, `#${index}`, yaml.problems.length > 0));
    });
    return mergeExtractions(parts);
}
function extractNode(source, doc, node, where, yamlBroken) {
    if (!(0,dist/* isMap */.jh)(node))
        return [];
    const kind = scalarText(getPath(doc, node, ['kind']));
    const apiVersion = scalarText(getPath(doc, node, ['apiVersion'])) ?? '';
    if (kind === 'AgentClusterInstall' && apiVersion.startsWith('extensions.hive.openshift.io/')) {
        return [extractAgentClusterInstall(source, doc, node, where, yamlBroken)];
    }
    if (kind === 'Secret')
        return [extractSecret(source, node, doc)];
    if (kind === 'Template' || kind === 'List') {
        const items = getPath(doc, node, [kind === 'Template' ? 'objects' : 'items']);
        return seqItems(doc, items).flatMap((item, i) => extractNode(source, doc, item, `${where}/${i}`, yamlBroken));
    }
    if (isInstallConfig(doc, node, kind))
        return [extractInstallConfig(source, doc, node, where, yamlBroken)];
    if (isAssistedCluster(doc, node))
        return [extractAssistedCluster(source, doc, node, where)];
    return [];
}
/**
 * install-config.yaml has `apiVersion: v1` and no `kind`; it is recognised by keys only the installer
 * reads (openshift/installer pkg/types/installconfig.go InstallConfig).
 */
function isInstallConfig(doc, node, kind) {
    if (kind !== null)
        return false;
    const has = (k) => mapEntry(doc, node, k) !== null;
    const networking = getPath(doc, node, ['networking']);
    const networkingKeys = ['serviceNetwork', 'clusterNetwork', 'machineNetwork', 'networkType', 'serviceCIDR', 'machineCIDR'];
    const hasNetworking = (0,dist/* isMap */.jh)(networking) && networkingKeys.some((k) => mapEntry(doc, networking, k) !== null);
    const installerKeys = ['baseDomain', 'pullSecret', 'controlPlane', 'compute'];
    return installerKeys.some(has) && (hasNetworking || has('platform') || has('metadata'));
}
function extractInstallConfig(source, doc, node, where, yamlBroken) {
    const name = scalarText(getPath(doc, node, ['metadata', 'name']));
    const ctx = { format: openshift_FORMAT, group: `openshift/install-config/${name ?? where}`, profile: 'apiserver', immutable: IMMUTABLE };
    const networking = mapEntry(doc, node, 'networking');
    return readNetworking(source, doc, ctx, networking, 'networking', yamlBroken);
}
function extractAgentClusterInstall(source, doc, node, where, yamlBroken) {
    const name = scalarText(getPath(doc, node, ['metadata', 'name']));
    const ctx = { format: openshift_FORMAT, group: `openshift/AgentClusterInstall/${name ?? where}`, profile: 'apiserver', immutable: IMMUTABLE };
    const spec = mapEntry(doc, node, 'spec');
    const networking = spec ? mapEntry(doc, spec.value, 'networking') : null;
    const base = readNetworking(source, doc, ctx, networking, 'spec.networking', yamlBroken, spec?.key);
    return applyInstallConfigOverrides(source, doc, node, ctx, base);
}
/**
 * assisted-service merges the JSON in the `agent-install.openshift.io/install-config-overrides`
 * annotation over the generated install-config (openshift/assisted-service internal/installcfg), so a
 * `networking.serviceNetwork` there wins over `spec.networking.serviceNetwork`.
 */
function applyInstallConfigOverrides(source, doc, node, ctx, base) {
    const annotation = getPath(doc, node, ['metadata', 'annotations', 'agent-install.openshift.io/install-config-overrides']);
    const text = scalarText(annotation);
    if (!text?.includes('serviceNetwork'))
        return base;
    const span = source.spanOf(annotation);
    let parsed;
    try {
        parsed = JSON.parse(text);
    }
    catch {
        // The installer would fail on it too; either way the effective serviceNetwork is unknown.
        const problem = {
            line: span.line,
            column: span.column,
            message: 'the install-config-overrides annotation names serviceNetwork but is not valid JSON: the effective service network cannot be read',
            hidesRange: true,
            setting: 'install-config-overrides',
            format: openshift_FORMAT,
        };
        return { settings: base.settings.filter((s) => s.role !== 'service-range'), problems: [...base.problems, problem] };
    }
    const list = parsed?.networking?.serviceNetwork;
    if (!Array.isArray(list) || list.length === 0)
        return base;
    const value = list.map((v) => String(v)).join(',');
    const settings = base.settings.filter((s) => s.role !== 'service-range');
    const subject = `${ctx.group}/service-network`;
    settings.push(makeSetting(ctx, {
        subject,
        role: 'service-range',
        component: 'platform',
        setting: 'install-config-overrides networking.serviceNetwork',
        value,
        origin: 'explicit',
        span,
    }));
    return { settings, problems: base.problems.filter((p) => p.setting !== 'spec.networking.serviceNetwork') };
}
function readNetworking(source, doc, ctx, networking, prefix, yamlBroken, parentKey) {
    const settings = [];
    const problems = [];
    const subject = `${ctx.group}/service-network`;
    const serviceKey = `${prefix}.serviceNetwork`;
    const netNode = networking?.value ?? null;
    const serviceEntry = mapEntry(doc, netNode, 'serviceNetwork');
    const deprecatedEntry = mapEntry(doc, netNode, 'serviceCIDR');
    let read = serviceEntry ? readRange(source, doc, serviceEntry.value) : null;
    let setting = serviceKey;
    if ((!read || read.kind === 'empty' || read.kind === 'unreadable') && deprecatedEntry) {
        read = readScalar(source, deprecatedEntry.value);
        setting = `${prefix}.serviceCIDR`;
    }
    if (read?.kind === 'template') {
        problems.push(templateProblem(openshift_FORMAT, setting, read.span, read.expression));
    }
    else if (read?.kind === 'value') {
        settings.push(makeSetting(ctx, { subject, role: 'service-range', component: 'platform', setting, value: read.text, origin: 'explicit', span: read.span }));
    }
    else {
        // No literal value in the tree. When the YAML is broken (template directives) and the text still
        // names the key, the value is hidden: a default here would be a guess.
        const seen = yamlBroken ? findKeyInText(source, ['serviceNetwork', 'serviceCIDR']) : null;
        if (seen) {
            problems.push({
                line: seen.line,
                message: `${serviceKey} cannot be read${seen.expression ? `: it is templated (${seen.expression})` : ': the file is not valid YAML'}`,
                hidesRange: true,
                setting: serviceKey,
                format: openshift_FORMAT,
            });
        }
        else {
            const span = networking ? keySpan(source, networking.key) : parentKey ? keySpan(source, parentKey) : lineSpan(1);
            settings.push(makeSetting(ctx, {
                subject,
                role: 'service-range',
                component: 'platform',
                setting: serviceKey,
                value: OPENSHIFT_DEFAULT_SERVICE_NETWORK,
                origin: 'default',
                span,
                defaultNote: `OpenShift installer default when ${serviceKey} is absent (openshift/installer pkg/types/defaults/installconfig.go)`,
            }));
        }
    }
    const clusterEntry = mapEntry(doc, netNode, 'clusterNetwork');
    if (clusterEntry) {
        const pods = readRange(source, doc, clusterEntry.value, 'cidr');
        if (pods.kind === 'value') {
            settings.push(makeSetting(ctx, {
                subject,
                role: 'pod-range',
                component: 'platform',
                setting: `${prefix}.clusterNetwork[].cidr`,
                value: pods.text,
                origin: 'explicit',
                span: pods.span,
            }));
        }
    }
    else if (!yamlBroken) {
        const span = networking ? keySpan(source, networking.key) : lineSpan(1);
        settings.push(makeSetting(ctx, {
            subject,
            role: 'pod-range',
            component: 'platform',
            setting: `${prefix}.clusterNetwork[].cidr`,
            value: OPENSHIFT_DEFAULT_CLUSTER_NETWORK,
            origin: 'default',
            span,
            defaultNote: `OpenShift installer default when ${prefix}.clusterNetwork is absent`,
        }));
    }
    return { settings, problems };
}
/** hive: a Secret whose `install-config.yaml` key carries the whole config as a block scalar. */
function extractSecret(source, node, doc) {
    const entry = getPath(doc, node, ['stringData', 'install-config.yaml']);
    if (!entry)
        return EMPTY_EXTRACTION;
    return extractEmbedded(source, entry, (inner) => extractOpenshift(inner));
}
/**
 * assisted-service REST `Cluster` object (openshift/assisted-service swagger.yaml): `service_networks[].cidr`
 * (dual-stack aware) with the legacy single `service_network_cidr`. It is an API object, not an input with
 * defaults: absence gives no setting.
 */
function isAssistedCluster(doc, node) {
    const has = (k) => mapEntry(doc, node, k) !== null;
    return (has('openshift_version') || has('ocp_release_image')) && (has('service_networks') || has('service_network_cidr'));
}
function extractAssistedCluster(source, doc, node, where) {
    const name = scalarText(getPath(doc, node, ['id'])) ?? scalarText(getPath(doc, node, ['name'])) ?? where;
    const ctx = {
        format: openshift_FORMAT,
        group: `openshift/assisted-cluster/${name}`,
        profile: 'apiserver',
        immutable: IMMUTABLE,
    };
    const subject = `${ctx.group}/service-network`;
    const settings = [];
    const problems = [];
    let read = readRange(source, doc, getPath(doc, node, ['service_networks']), 'cidr');
    let setting = 'service_networks[].cidr';
    if (read.kind === 'empty' || read.kind === 'unreadable') {
        read = readScalar(source, getPath(doc, node, ['service_network_cidr']));
        setting = 'service_network_cidr';
    }
    if (read.kind === 'value') {
        settings.push(makeSetting(ctx, { subject, role: 'service-range', component: 'platform', setting, value: read.text, origin: 'explicit', span: read.span }));
    }
    else if (read.kind === 'template') {
        problems.push(templateProblem(openshift_FORMAT, setting, read.span, read.expression));
    }
    const pods = readRange(source, doc, getPath(doc, node, ['cluster_networks']), 'cidr');
    if (pods.kind === 'value') {
        settings.push(makeSetting(ctx, {
            subject,
            role: 'pod-range',
            component: 'platform',
            setting: 'cluster_networks[].cidr',
            value: pods.text,
            origin: 'explicit',
            span: pods.span,
        }));
    }
    return { settings, problems };
}

;// CONCATENATED MODULE: ./src/formats/declared/eksctl.ts
// eksctl `ClusterConfig` (eksctl.io/v1alpha5): `kubernetesNetworkConfig.serviceIPv4CIDR` and `ipFamily`.
//
// Upstream: eksctl-io/eksctl pkg/apis/eksctl.io/v1alpha5/types.go (KubernetesNetworkConfig{IPFamily,
// ServiceIPv4CIDR}); the EKS CreateCluster API (kubernetesNetworkConfig.serviceIpv4Cidr): "If you don't
// specify a block, Kubernetes assigns addresses from either the 10.100.0.0/16 or 172.20.0.0/16 CIDR
// blocks" and the value "can't be changed after the cluster is created"; in CloudFormation the property is
// "Update requires: Replacement". EKS also requires a private range between /12 and /24 (terraform-provider-aws
// validates IsCIDRNetwork(12, 24) + RFC 1918), which is stricter than the apiserver profile used here.
//
// Decision on absence: EKS picks one of two ranges from the VPC's addresses at creation, which the file
// does not determine, so an absent serviceIPv4CIDR yields no Setting at all (no default is knowable). The
// value of an existing cluster is then fixed; the engine sees a Setting appear or disappear and the
// `immutable` wording tells it the platform will not apply a change. With ipFamily IPv6 EKS assigns the
// IPv6 service range itself (no field to read).

const EKSCTL_IMMUTABLE = 'EKS does not allow changing the service IPv4 CIDR of an existing cluster';
const EKSCTL = {
    id: 'eksctl',
    signature: { kind: 'ClusterConfig', apiVersionPrefix: 'eksctl.io/' },
    group: { name: ['metadata', 'name'], suffixes: [{ path: ['metadata', 'region'], prefix: '@' }] },
    kubernetesVersion: [['metadata', 'version']],
    immutable: EKSCTL_IMMUTABLE,
    fields: [
        // Absent: EKS picks 10.100.0.0/16 or 172.20.0.0/16 from the VPC's addresses; no default is knowable.
        { subject: 'kubernetesNetworkConfig', role: 'service-range', component: 'platform', path: ['kubernetesNetworkConfig', 'serviceIPv4CIDR'] },
        // With the VPC CNI pods take VPC addresses, so the VPC CIDR is the pod range the Service range must
        // not overlap (EKS: the service CIDR "must not overlap with ... your VPC").
        { subject: 'kubernetesNetworkConfig', role: 'pod-range', component: 'platform', path: ['vpc', 'cidr'] },
    ],
};
const eksctlFormat = declaredFormat(EKSCTL);

;// CONCATENATED MODULE: ./src/formats/declared/rke.ts
// RKE1 `cluster.yml` (also nested under `rancher_kubernetes_engine_config` in a Rancher v2 cluster file).
//
// Upstream rancher/rke:
// - cluster/defaults.go: DefaultServiceClusterIPRange = "10.43.0.0/16" for both
//   services.kube-api.service_cluster_ip_range and services.kube-controller.service_cluster_ip_range
//   (each defaulted on its own), DefaultClusterCIDR = "10.42.0.0/16", DefaultClusterDNSService = "10.43.0.10".
// - cluster/plan.go: "Override args if they exist, add additional args": `extra_args` of a service replace
//   the flag built from the typed field, so `extra_args.service-cluster-ip-range` wins.
// - RKE does not check that kube-api and kube-controller agree: the two are separate settings in one
//   group so the engine reports `component-mismatch`.
// RKE applies a changed flag on `rke up` like any apiserver restart: no platform immutability.

const RKE_DEFAULT_SERVICE_RANGE = '10.43.0.0/16';
const RKE_DEFAULT_CLUSTER_CIDR = '10.42.0.0/16';
const RKE_DEFAULT_DNS = '10.43.0.10';
const RKE = {
    id: 'rke',
    // cluster.yml has no kind (a document with one is some other object that happens to have `services`);
    // RKE1's hyphenated service keys tell it from RKE2 and others.
    signature: { kind: null, anyKeyUnder: { path: ['services'], keys: ['kube-api', 'kube-controller'] } },
    roots: [
        { path: ['rancher_kubernetes_engine_config'], settingPrefix: 'rancher_kubernetes_engine_config.' },
        { path: [], settingPrefix: '' },
    ],
    group: { name: ['cluster_name'] },
    kubernetesVersion: [['kubernetes_version'], ['system_images', 'kubernetes']],
    // `extra_args` of a service replace the flag built from the typed field (cluster/plan.go); an empty value
    // is defaulted like an absent one (setDefaultIfEmpty).
    fields: [
        {
            subject: 'kube-api',
            role: 'service-range',
            component: 'kube-apiserver',
            path: ['services', 'kube-api', 'service_cluster_ip_range'],
            override: ['services', 'kube-api', 'extra_args', 'service-cluster-ip-range'],
            default: {
                value: RKE_DEFAULT_SERVICE_RANGE,
                note: 'RKE default when services.kube-api.service_cluster_ip_range is absent or empty (rancher/rke cluster/defaults.go)',
            },
        },
        {
            subject: 'kube-controller',
            role: 'service-range',
            component: 'kube-controller-manager',
            path: ['services', 'kube-controller', 'service_cluster_ip_range'],
            override: ['services', 'kube-controller', 'extra_args', 'service-cluster-ip-range'],
            default: {
                value: RKE_DEFAULT_SERVICE_RANGE,
                note: 'RKE default when services.kube-controller.service_cluster_ip_range is absent or empty (rancher/rke cluster/defaults.go)',
            },
        },
        {
            subject: 'kube-controller',
            role: 'pod-range',
            component: 'kube-controller-manager',
            path: ['services', 'kube-controller', 'cluster_cidr'],
            override: ['services', 'kube-controller', 'extra_args', 'cluster-cidr'],
            default: {
                value: RKE_DEFAULT_CLUSTER_CIDR,
                note: 'RKE default when services.kube-controller.cluster_cidr is absent or empty (rancher/rke cluster/defaults.go)',
            },
        },
        {
            subject: 'kubelet',
            role: 'dns-address',
            component: 'platform',
            path: ['services', 'kubelet', 'cluster_dns_server'],
            override: ['services', 'kubelet', 'extra_args', 'cluster-dns'],
            default: {
                value: RKE_DEFAULT_DNS,
                note: 'RKE default when services.kubelet.cluster_dns_server is absent or empty (rancher/rke cluster/defaults.go)',
            },
        },
    ],
};
const rkeFormat = declaredFormat(RKE);

;// CONCATENATED MODULE: ./src/formats/declared/servicecidr.ts
// networking.k8s.io ServiceCIDR objects (v1 since Kubernetes 1.33, v1beta1 1.31-1.32): `spec.cidrs`, one per IP
// family, from which the apiserver allocates ClusterIPs next to the default ServiceCIDR "kubernetes" it builds from
// --service-cluster-ip-range. This is the object the remediation of a primary-range-change proposes to add, so the
// gate reads it like any other Service range (issue 13, item 5).
//
// Its field is declared (SERVICECIDR); what is its own is the document recognition: plain documents, multi-document
// files, and the items of a `List` / `ServiceCIDRList` (what `kubectl get servicecidr -o yaml` prints). Templated
// (Helm) values are reported by the generic reader; kustomize output is out of scope.
//
// Each object is its own group (`servicecidr/<metadata.name>`): its checks (immutability, deletion, overlap with the
// default range) are not a cluster config's checks and live in src/engine/servicecidr-checks.ts.





const SERVICECIDR_FORMAT_ID = 'servicecidr';
/** The object the apiserver creates and reconciles from its own flags (defaultservicecidr.DefaultServiceCIDRName). */
const DEFAULT_SERVICECIDR_NAME = 'kubernetes';
/** The API versions that serve ServiceCIDR (k8s.io/api networking/v1 and v1beta1). */
const API_VERSIONS = new Set(['networking.k8s.io/v1', 'networking.k8s.io/v1beta1']);
const LIST_KINDS = new Set(['List', 'ServiceCIDRList']);
const SERVICECIDR = {
    id: SERVICECIDR_FORMAT_ID,
    profile: 'servicecidr',
    // A templated or unreadable entry hides the range: say so, never read it as absent.
    reportEveryHiddenValue: true,
    fields: [{ subject: 'spec.cidrs', role: 'service-range', component: 'kube-apiserver', path: ['spec', 'cidrs'], list: true }],
};
const serviceCidrFormat = {
    id: SERVICECIDR_FORMAT_ID,
    extract: (source) => guardExtraction(SERVICECIDR_FORMAT_ID, () => {
        const yaml = source.yaml;
        if (!yaml)
            return EMPTY_EXTRACTION;
        return mergeExtractions(yaml.documents.map((doc, i) => servicecidr_readDocument(source, doc, i)));
    }),
};
function servicecidr_readDocument(source, doc, index) {
    const { kind, apiVersion } = documentKind(doc);
    const top = doc.contents;
    if (kind === 'ServiceCIDR' && apiVersion !== null && API_VERSIONS.has(apiVersion) && (0,dist/* isMap */.jh)(top)) {
        return readObject(source, doc, top, `#${index}`);
    }
    if (kind === null || !LIST_KINDS.has(kind))
        return EMPTY_EXTRACTION;
    // A List's items carry their own kind and apiVersion; a ServiceCIDRList's items may leave them out.
    const parts = [];
    seqItems(doc, getPath(doc, top, ['items'])).forEach((item, i) => {
        if (!(0,dist/* isMap */.jh)(item))
            return;
        const itemKind = scalarText(getPath(doc, item, ['kind']));
        const itemVersion = scalarText(getPath(doc, item, ['apiVersion'])) ?? (kind === 'ServiceCIDRList' ? apiVersion : null);
        if ((itemKind ?? (kind === 'ServiceCIDRList' ? 'ServiceCIDR' : null)) !== 'ServiceCIDR')
            return;
        if (itemVersion === null || !API_VERSIONS.has(itemVersion))
            return;
        parts.push(readObject(source, doc, item, `#${index}.items[${i}]`));
    });
    return mergeExtractions(parts);
}
function readObject(source, doc, root, position) {
    // metadata.name is the identity the apiserver uses; generateName objects are new on every apply.
    const name = scalarText(getPath(doc, root, ['metadata', 'name']));
    const group = `${SERVICECIDR_FORMAT_ID}/${name ?? position}`;
    const got = readDeclaredFields(SERVICECIDR, source, doc, { root, group });
    if (got.settings.length > 0 || got.problems.length > 0)
        return got;
    // No entry at all: ValidateServiceCIDR refuses it ("at least one CIDR required"); an empty value says so.
    const anchor = mapEntry(doc, root, 'spec') ?? mapEntry(doc, root, 'kind');
    const missing = makeSetting({ format: SERVICECIDR_FORMAT_ID, group, profile: 'servicecidr' }, {
        subject: `${group}/spec.cidrs`,
        role: 'service-range',
        component: 'kube-apiserver',
        setting: 'spec.cidrs',
        value: '',
        origin: 'explicit',
        span: anchor ? keySpan(source, anchor.key) : lineSpan(1),
    });
    return { settings: [missing], problems: [] };
}
/** The metadata.name a ServiceCIDR setting's group carries, or null for an unnamed object. */
function serviceCidrName(s) {
    const name = s.group.slice(SERVICECIDR_FORMAT_ID.length + 1);
    return name.startsWith('#') ? null : name;
}

;// CONCATENATED MODULE: ./src/formats/distributions/kubespray-ini.ts
// kubespray's INI inventories (inventory/<cluster>/inventory.ini, hosts.ini): `[all:vars]`,
// `[k8s_cluster:vars]` … sections with `kube_service_addresses=10.233.0.0/18`. They are the same variables as
// the YAML group_vars, so they are read by the same code (kubespray.ts extractVars: defaults, stack switches,
// group identity): this file turns the vars sections that reach the control plane into a YAML document whose
// lines are the INI file's lines, and maps each position back.
//
// Upstream ansible/ansible lib/ansible/plugins/inventory/ini.py:
// - `_parse`: a line is stripped; an empty line or one starting with `#` or `;` is skipped; `[group:vars]`
//   opens a vars section (groupname pattern `^\[([^:\]\s]+)(?::(\w+))?\]\s*(?:\#.*)?$`);
// - `_parse_variable_definition`: key and value split at the first `=` and stripped; `_parse_value` tries
//   `ast.literal_eval` (so `"10.233.0.0/18"` loses its quotes, `True` is a bool) and otherwise keeps the text
//   as written — an inline `# comment` stays part of the value, as Ansible reads it.
// Precedence (Ansible "How variables are merged"): a child group's vars override its parent's, `all` is the
// lowest; kubespray's control-plane group `kube_control_plane` (formerly `kube-master`) is a child of
// `k8s_cluster` (formerly `k8s-cluster`), so a key is taken from the most specific of those sections, and the
// last line within one section. Other groups' vars do not reach the control plane and are not read.
/** Vars sections that reach kube-apiserver's hosts, least specific first. */
const SECTIONS = ['all', 'k8s-cluster', 'k8s_cluster', 'kube-master', 'kube_control_plane'];
const GROUP_HEADER = /^\[([^:\]\s]+)(?::(\w+))?\]\s*(?:#.*)?$/;
/** Plain YAML scalars that stay exactly the text written (anything else is single-quoted). */
const PLAIN = /^[A-Za-z0-9_./:,+-]+$/;
/** True when the text is an Ansible INI inventory with a vars section (a YAML or shell file never is). */
function isIniInventory(text) {
    return /^[ \t]*\[[^:\]\s]+:vars\][ \t]*(?:#.*)?\r?$/m.test(text);
}
/**
 * The control plane's vars of an INI inventory as a YAML document with the same line numbers, and for each
 * line the column shift from the YAML text back to the INI text.
 */
function iniVarsAsYaml(text) {
    const lines = text.split(/\r?\n/);
    const winner = new Map();
    let rank = -1;
    lines.forEach((raw, i) => {
        const line = raw.trim();
        if (line === '' || line[0] === '#' || line[0] === ';')
            return;
        const header = GROUP_HEADER.exec(line);
        if (header) {
            rank = header[2] === 'vars' ? SECTIONS.indexOf(header[1]) : -1;
            return;
        }
        const eq = raw.indexOf('=');
        if (rank < 0 || eq < 0)
            return;
        const key = raw.slice(0, eq).trim();
        const rest = raw.slice(eq + 1);
        const value = rest.trim();
        if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(key))
            return;
        const previous = winner.get(key);
        if (previous && previous.rank > rank)
            return;
        winner.set(key, { line: i, rank, key, value, valueColumn: eq + 2 + (rest.length - rest.trimStart().length) });
    });
    const out = lines.map(() => '');
    const shift = new Map();
    for (const w of winner.values()) {
        // ast.literal_eval of a quoted string is its content.
        const quoted = /^(["'])(.*)\1$/.exec(w.value);
        const content = quoted ? quoted[2] : w.value;
        const contentColumn = w.valueColumn + (quoted ? 1 : 0);
        const plain = PLAIN.test(content) && !/^[-:,]/.test(content);
        out[w.line] = `${w.key}: ${plain ? content : `'${content.replace(/'/g, "''")}'`}`;
        // A quoted YAML scalar's span includes its quotes: clamp to the value as the INI file writes it.
        shift.set(w.line + 1, { by: contentColumn - (w.key.length + 3 + (plain ? 0 : 1)), from: contentColumn, to: contentColumn + content.length });
    }
    const toIni = (line, column) => {
        const s = shift.get(line);
        return { line, column: s ? Math.min(Math.max(column + s.by, s.from), s.to) : column };
    };
    return { yaml: out.join('\n'), toIni };
}

;// CONCATENATED MODULE: ./src/formats/distributions/kubespray.ts
// kubespray inventory variables (group_vars/k8s_cluster/k8s-cluster.yml and friends, role defaults, or the
// same variables embedded in a ConfigMap as kubean does).
//
// Upstream kubernetes-sigs/kubespray:
// - roles/kubespray_defaults/defaults/main/main.yml: kube_service_addresses 10.233.0.0/18,
//   kube_service_addresses_ipv6 fd85:ee78:d8a6:8607::1000/116, kube_pods_subnet 10.233.64.0/18,
//   kube_pods_subnet_ipv6 fd85:ee78:d8a6:8607::1:0000/112, ipv4_stack: true,
//   ipv6_stack: "{{ enable_dual_stack_networks | default(false) }}" (enable_dual_stack_networks deprecated).
// - roles/kubespray_defaults/vars/main/main.yml: kube_service_subnets = v4,v6 when both stacks, v4 alone,
//   or v6 alone: IPv4 is always the primary. It feeds kubeadm's networking.serviceSubnet
//   (roles/kubernetes/control-plane/templates/kubeadm-config.v1beta4.yaml.j2), hence the kubeadm profile.
// - before ipv4_stack/ipv6_stack: `{{ kube_service_addresses }}{{ ',' + kube_service_addresses_ipv6 if
//   enable_dual_stack_networks else '' }}` (kubeadm-config.v1beta2.yaml.j2): the same order.
//
// Recognition: Ansible variables are layered across many files, so a default is only sound in a file that
// is recognisably kubespray's cluster network vars: it sets one of KUBESPRAY_NETWORK_KEYS. A file that only
// sets `kube_service_addresses` (the kubernetes-retired/contrib ansible naming, which fed the same
// --service-cluster-ip-range) is read for that explicit value, without defaults.
// INI inventories (`[all:vars]`, `[k8s_cluster:vars]`) are the same variables: kubespray-ini.ts.





const kubespray_FORMAT = 'kubespray';
const KUBESPRAY_DEFAULTS = {
    kube_service_addresses: '10.233.0.0/18',
    kube_service_addresses_ipv6: 'fd85:ee78:d8a6:8607::1000/116',
    kube_pods_subnet: '10.233.64.0/18',
    kube_pods_subnet_ipv6: 'fd85:ee78:d8a6:8607::1:0000/112',
};
/** Variables only kubespray's cluster network vars set (the signal that its defaults apply). */
const KUBESPRAY_NETWORK_KEYS = [
    'kube_service_addresses_ipv6',
    'kube_pods_subnet',
    'kube_pods_subnet_ipv6',
    'kube_network_node_prefix',
    'kube_network_node_prefix_ipv6',
    'ipv4_stack',
    'ipv6_stack',
    'enable_dual_stack_networks',
    'kube_network_plugin',
];
const kubesprayFormat = {
    id: kubespray_FORMAT,
    extract: (source) => guardExtraction(kubespray_FORMAT, () => extractKubespray(source)),
};
function extractKubespray(source) {
    if (isIniInventory(source.text))
        return extractIni(source);
    const yaml = source.yaml;
    if (!yaml)
        return EMPTY_EXTRACTION;
    return mergeExtractions(yaml.documents.map((doc) => {
        const root = doc.contents;
        if (!(0,dist/* isMap */.jh)(root))
            return EMPTY_EXTRACTION;
        const { kind } = documentKind(doc);
        if (kind === 'ConfigMap')
            return extractConfigMap(source, doc, root);
        if (kind !== null)
            return EMPTY_EXTRACTION;
        return extractVars(source, doc, root, 'kubespray/vars');
    }));
}
/** An INI inventory: its control plane's vars, read as the same variables (see kubespray-ini.ts). */
function extractIni(source) {
    const { yaml, toIni } = iniVarsAsYaml(source.text);
    const inner = new Source(source.path, yaml);
    const doc = inner.yaml?.documents[0];
    const root = doc?.contents;
    if (!doc || !(0,dist/* isMap */.jh)(root))
        return EMPTY_EXTRACTION;
    const vars = extractVars(inner, doc, root, 'kubespray/vars');
    return {
        settings: vars.settings.map((s) => ({ ...s, span: read_values_mapSpan(s.span, toIni) })),
        problems: vars.problems.map((p) => (p.column === undefined ? p : { ...p, column: toIni(p.line, p.column).column })),
    };
}
/** kubean: the group vars are a block scalar under `data` of a ConfigMap. */
function extractConfigMap(source, doc, root) {
    const data = getPath(doc, root, ['data']);
    if (!(0,dist/* isMap */.jh)(data))
        return EMPTY_EXTRACTION;
    const name = scalarText(getPath(doc, root, ['metadata', 'name'])) ?? 'configmap';
    const parts = [];
    for (const pair of data.items) {
        const key = (0,dist/* isScalar */.jn)(pair.key) ? String(pair.key.value) : '';
        const value = pair.value;
        if (!(0,dist/* isScalar */.jn)(value) || typeof value.value !== 'string' || !/kube_service_addresses|ipv[46]_stack/.test(value.value))
            continue;
        parts.push(extractEmbedded(source, value, (inner) => {
            const innerDoc = inner.yaml?.documents[0];
            const innerRoot = innerDoc?.contents;
            if (!innerDoc || !(0,dist/* isMap */.jh)(innerRoot))
                return EMPTY_EXTRACTION;
            return extractVars(inner, innerDoc, innerRoot, `kubespray/${name}/${key}`);
        }));
    }
    return mergeExtractions(parts);
}
function extractVars(source, doc, root, group) {
    const has = (k) => mapEntry(doc, root, k) !== null;
    const recognised = KUBESPRAY_NETWORK_KEYS.some(has);
    if (!recognised && !has('kube_service_addresses'))
        return EMPTY_EXTRACTION;
    const ctx = {
        format: kubespray_FORMAT,
        group,
        profile: 'kubeadm',
        kubernetesVersion: minorVersion(scalarText(getPath(doc, root, ['kube_version']))),
    };
    const settings = [];
    const problems = [];
    const dual = readBool(source, doc, root, 'enable_dual_stack_networks', false);
    const v4 = readBool(source, doc, root, 'ipv4_stack', true);
    const v6 = has('ipv6_stack') ? readBool(source, doc, root, 'ipv6_stack', false) : dual;
    for (const b of [v4, v6]) {
        if ('template' in b) {
            // A stack switch we cannot evaluate hides which families the range has.
            problems.push(templateProblem(kubespray_FORMAT, b.name, b.span, b.template));
            return { settings, problems };
        }
    }
    const v4on = v4.value;
    const v6on = v6.value;
    const families = (names, label, role) => {
        const parts = [];
        const wanted = [];
        if (v4on)
            wanted.push(names[0]);
        if (v6on)
            wanted.push(names[1]);
        for (const name of wanted) {
            const entry = mapEntry(doc, root, name);
            if (entry) {
                const read = readScalar(source, entry.value);
                if (read.kind === 'template') {
                    if (role === 'service-range')
                        problems.push(templateProblem(kubespray_FORMAT, name, read.span, read.expression));
                    return;
                }
                if (read.kind === 'value') {
                    parts.push({ name, text: read.text, span: read.span, explicit: true });
                    continue;
                }
            }
            if (!recognised)
                return; // contrib-style file: no kubespray defaults
            parts.push({ name, text: KUBESPRAY_DEFAULTS[name], span: lineSpan(1), explicit: false });
        }
        if (parts.length === 0) {
            if (role === 'service-range')
                problems.push({ line: 1, message: 'kubespray: ipv4_stack and ipv6_stack are both false: no Service range', format: kubespray_FORMAT, setting: label });
            return;
        }
        // One span per Setting: point where a change most likely is. With two families the second one is
        // what dual-stack edits touch (its address, else its switch); with one, the address, else a switch.
        const explicit = parts.find((p) => p.explicit);
        const second = parts.length === 2 ? parts[1] : undefined;
        const toggle = [v6, v4].find((b) => 'explicit' in b && b.explicit && b.span);
        const span = (second?.explicit ? second.span : undefined) ??
            (second && 'explicit' in v6 && v6.explicit && v6.span ? v6.span : undefined) ??
            explicit?.span ??
            toggle?.span ??
            lineSpan(1);
        settings.push(makeSetting(ctx, {
            subject: `${group}/${label}`,
            role,
            component: role === 'service-range' ? 'kube-apiserver' : 'kube-controller-manager',
            setting: parts.map((p) => p.name).join(','),
            value: parts.map((p) => p.text).join(','),
            origin: explicit ? 'explicit' : 'default',
            span,
            defaultNote: parts.some((p) => !p.explicit)
                ? `kubespray default for ${parts
                    .filter((p) => !p.explicit)
                    .map((p) => p.name)
                    .join(', ')} (kubernetes-sigs/kubespray roles/kubespray_defaults/defaults/main/main.yml), IPv4 first when both stacks are on`
                : undefined,
        }));
    };
    families(['kube_service_addresses', 'kube_service_addresses_ipv6'], 'kube_service_subnets', 'service-range');
    families(['kube_pods_subnet', 'kube_pods_subnet_ipv6'], 'kube_service_subnets', 'pod-range');
    const dns = readScalar(source, getPath(doc, root, ['skydns_server']));
    if (dns.kind === 'value') {
        settings.push(makeSetting(ctx, {
            subject: `${group}/kube_service_subnets`,
            role: 'dns-address',
            component: 'platform',
            setting: 'skydns_server',
            value: dns.text,
            origin: 'explicit',
            span: dns.span,
        }));
    }
    return { settings: settings.map(dropUndefinedNote), problems };
}
function dropUndefinedNote(s) {
    if (s.defaultNote === undefined)
        delete s.defaultNote;
    return s;
}
/**
 * An Ansible boolean: YAML true/false, the strings Ansible's `bool` filter accepts, or the tiny Jinja
 * forms kubespray itself uses: `{{ var }}`, `{{ var | bool }}`, `{{ var | default(x) }}`, resolved
 * against the same file (or the default literal when the variable is not in the file).
 */
function readBool(source, doc, root, name, fallback, depth = 0) {
    const entry = mapEntry(doc, root, name);
    if (!entry)
        return { value: fallback, span: null, explicit: false };
    const span = source.spanOf(entry.value);
    const node = entry.value;
    if ((0,dist/* isScalar */.jn)(node) && typeof node.value === 'boolean')
        return { value: node.value, span, explicit: true };
    const text = (scalarText(node) ?? '').trim();
    const literal = parseAnsibleBool(text);
    if (literal !== null)
        return { value: literal, span, explicit: true };
    const m = /^\{\{\s*([A-Za-z_][A-Za-z0-9_]*)\s*((?:\|\s*(?:bool|default\(\s*(?:true|false|True|False)\s*\))\s*)*)\}\}$/.exec(text);
    if (m && depth < 4) {
        const filters = m[2];
        const d = /default\(\s*(true|false|True|False)\s*\)/.exec(filters);
        const inner = readBool(source, doc, root, m[1], d ? d[1].toLowerCase() === 'true' : fallback, depth + 1);
        if ('template' in inner)
            return inner;
        return { value: inner.value, span, explicit: true };
    }
    return { template: findTemplateExpression(text) ?? text, span, name };
}
function parseAnsibleBool(text) {
    const t = text.toLowerCase();
    if (['true', 'yes', 'on', '1'].includes(t))
        return true;
    if (['false', 'no', 'off', '0'].includes(t))
        return false;
    return null;
}

;// CONCATENATED MODULE: ./src/formats/declared/cluster-template.ts
// The flat vars file of onedr0p/cluster-template (`cluster.yaml`, formerly `config.yaml`), the template many
// home-lab Talos/Flux clusters start from: `cluster_svc_cidr` and `cluster_pod_cidr` at the top level.
//
// Upstream onedr0p/cluster-template:
// - .taskfiles/template/resources/cluster.schema.cue: `node_cidr` and `cluster_api_addr` are required;
//   `cluster_pod_cidr: *"10.42.0.0/16" | net.IPCIDR`, `cluster_svc_cidr: *"10.43.0.0/16" | net.IPCIDR`
//   (the `*` marks the default an absent key takes);
// - templates/config/talos/talconfig.yaml.j2: `serviceSubnets: ["#{ cluster_svc_cidr }#"]` and
//   `podSubnets: ["#{ cluster_pod_cidr }#"]`, so the value is the Talos cluster's Service range
//   (cluster.network.serviceSubnets, read by kube-apiserver), and it changes the way a Talos one does.
//
// Recognition (issue 11: a key mention is not a signature): a kind-less document holding both keys the
// schema requires. `cluster_svc_cidr` alone also appears in Terraform variables and unrelated templates.
// Other flat keys of cluster templates: `service_cidr` is read where kairen/kubeadm-ansible's signature is
// (declared/kubeadm-ansible.ts), `kube_service_addresses` by kubespray.ts; keys of single repositories without a
// shared schema (`k3s_service_cidr`, `service_cluster_ip_range` in ad-hoc vars) have no signature and are not read.

const CLUSTER_TEMPLATE_DEFAULT_SERVICE_RANGE = '10.43.0.0/16';
const CLUSTER_TEMPLATE_DEFAULT_POD_RANGE = '10.42.0.0/16';
const SCHEMA = 'onedr0p/cluster-template .taskfiles/template/resources/cluster.schema.cue';
const CLUSTER_TEMPLATE = {
    id: 'cluster-template',
    signature: { kind: null, allKeysUnder: { path: [], keys: ['node_cidr', 'cluster_api_addr'] } },
    // One cluster per file; forks that add `cluster_name` get it in the identity.
    group: { name: ['cluster_name'] },
    fields: [
        {
            subject: 'cluster',
            role: 'service-range',
            component: 'platform',
            path: ['cluster_svc_cidr'],
            default: {
                value: CLUSTER_TEMPLATE_DEFAULT_SERVICE_RANGE,
                note: `cluster-template default when cluster_svc_cidr is absent (${SCHEMA})`,
                anchor: ['node_cidr'],
            },
        },
        {
            subject: 'cluster',
            role: 'pod-range',
            component: 'platform',
            path: ['cluster_pod_cidr'],
            default: {
                value: CLUSTER_TEMPLATE_DEFAULT_POD_RANGE,
                note: `cluster-template default when cluster_pod_cidr is absent (${SCHEMA})`,
                anchor: ['node_cidr'],
            },
        },
    ],
};
const clusterTemplateFormat = declaredFormat(CLUSTER_TEMPLATE);

;// CONCATENATED MODULE: ./src/formats/declared/kubeadm-ansible.ts
// The group vars of kairen/kubeadm-ansible (`group_vars/all.yml`), an Ansible template that runs kubeadm from
// flat variables: `service_cidr` and `pod_network_cidr`.
//
// Upstream kairen/kubeadm-ansible:
// - group_vars/all.yml: `service_cidr: "10.96.0.0/12"`, `pod_network_cidr: "10.244.0.0/16"`, next to
//   `kube_version`, `kubeadm_opts` and `init_opts`;
// - roles/kubernetes/master/tasks/init.yml: `kubeadm init --service-cidr {{ service_cidr }} --kubernetes-version
//   {{ kube_version }} --pod-network-cidr {{ pod_network_cidr }} … {{ kubeadm_opts }} {{ init_opts }}`, after
//   `kubeadm reset --force`: kubeadm validates the value (the kubeadm profile), and a changed value re-creates
//   the cluster with it, so a change is classified like a kubeadm serviceSubnet change.
// No role default: an absent `service_cidr` is an undefined variable and the play fails, so no default.
//
// Recognition (issue 11): `service_cidr` alone names Terraform variables and many unrelated templates; the
// template's own variables `pod_network_cidr`, `kubeadm_opts` and `init_opts` together are its signature.

const KUBEADM_ANSIBLE = {
    id: 'kubeadm-ansible',
    signature: { kind: null, allKeysUnder: { path: [], keys: ['pod_network_cidr', 'kubeadm_opts', 'init_opts'] } },
    group: { name: ['cluster_name'] },
    kubernetesVersion: [['kube_version']],
    profile: 'kubeadm',
    fields: [
        { subject: 'kubeadm-init', role: 'service-range', component: 'kube-apiserver', path: ['service_cidr'] },
        { subject: 'kubeadm-init', role: 'pod-range', component: 'kube-controller-manager', path: ['pod_network_cidr'] },
    ],
};
const kubeadmAnsibleFormat = declaredFormat(KUBEADM_ANSIBLE);

;// CONCATENATED MODULE: ./src/formats/distributions/terraform-hcl.ts
// A focused HCL (Terraform) reader: blocks, attributes, quoted strings, lists, comments (`#`, `//`,
// `/* */`), heredocs skipped, with 1-based positions. It reads the structure the Terraform extractor
// needs and keeps every other expression as raw text; it never evaluates anything. No maintained pure-JS
// HCL parser with positions is in the allowed dependency set (hashicorp/hcl is Go).
//
// Grammar followed: hashicorp/hcl hclsyntax/spec.md (Body = (Attribute | Block | OneLineBlock)*;
// Attribute = Identifier "=" Expression Newline; Block = Identifier (StringLit|Identifier)* "{" Newline
// Body "}" Newline). Errors are collected and reading continues at the next line.

/** Blocks nested deeper than this are not read (defends the recursive reader against hostile input). */
const MAX_HCL_DEPTH = 64;
function parseHcl(text) {
    const r = new Reader(text);
    const body = r.body(0, false);
    return { body, errors: r.errors };
}
/** Last attribute of that name in a body (Terraform rejects duplicates; the last is the safest guess). */
function hclAttribute(body, name) {
    let found = null;
    for (const a of body.attributes)
        if (a.name === name)
            found = a;
    return found;
}
function hclBlocks(body, type) {
    return body.blocks.filter((b) => b.type === type);
}
class Reader {
    text;
    pos = 0;
    errors = [];
    lineStarts;
    constructor(text) {
        this.text = text;
        this.lineStarts = lineStartsOf(text);
    }
    position(offset) {
        return positionAt(this.lineStarts, offset);
    }
    span(start, end) {
        const a = this.position(start);
        const b = this.position(end);
        return { line: a.line, column: a.column, endLine: b.line, endColumn: b.column };
    }
    error(message, at = this.pos) {
        const p = this.position(at);
        this.errors.push({ line: p.line, column: p.column, message });
    }
    /** Skips spaces, tabs, comments; newlines too when `newlines`. */
    skip(newlines) {
        const t = this.text;
        while (this.pos < t.length) {
            const c = t[this.pos];
            if (c === ' ' || c === '\t' || c === '\r' || (newlines && c === '\n'))
                this.pos++;
            else if (c === '#' || (c === '/' && t[this.pos + 1] === '/')) {
                while (this.pos < t.length && t[this.pos] !== '\n')
                    this.pos++;
            }
            else if (c === '/' && t[this.pos + 1] === '*') {
                const end = t.indexOf('*/', this.pos + 2);
                this.pos = end < 0 ? t.length : end + 2;
            }
            else
                break;
        }
    }
    identifier() {
        const m = /^[A-Za-z_][A-Za-z0-9_-]*/.exec(this.text.slice(this.pos, this.pos + 256));
        if (!m)
            return null;
        this.pos += m[0].length;
        return m[0];
    }
    skipLine() {
        const end = this.text.indexOf('\n', this.pos);
        this.pos = end < 0 ? this.text.length : end + 1;
    }
    body(depth, inBlock) {
        const body = { attributes: [], blocks: [] };
        const t = this.text;
        while (true) {
            this.skip(true);
            if (this.pos >= t.length) {
                if (inBlock)
                    this.error('unclosed block: missing "}"');
                return body;
            }
            if (t[this.pos] === '}') {
                if (inBlock) {
                    this.pos++;
                    return body;
                }
                this.error('unexpected "}"');
                this.pos++;
                continue;
            }
            const start = this.pos;
            const name = this.identifier();
            if (!name) {
                this.error(`unexpected character ${JSON.stringify(t[this.pos])}`);
                this.skipLine();
                continue;
            }
            const nameEnd = this.pos;
            this.skip(false);
            if (t[this.pos] === '=' && t[this.pos + 1] !== '=') {
                this.pos++;
                this.skip(false);
                const expr = this.expression();
                body.attributes.push({ name, nameSpan: this.span(start, nameEnd), expr });
                continue;
            }
            const labels = [];
            while (this.pos < t.length && t[this.pos] !== '{') {
                if (t[this.pos] === '"') {
                    const s = this.quoted();
                    labels.push(s.value);
                }
                else {
                    const label = this.identifier();
                    if (label === null)
                        break;
                    labels.push(label);
                }
                this.skip(false);
            }
            if (t[this.pos] !== '{') {
                this.error(`expected "=" or "{" after ${name}`);
                this.skipLine();
                continue;
            }
            this.pos++;
            if (depth >= MAX_HCL_DEPTH) {
                this.error(`blocks nested deeper than ${MAX_HCL_DEPTH} are not read`);
                this.skipBalanced('{', '}');
                continue;
            }
            const inner = this.body(depth + 1, true);
            body.blocks.push({ type: name, labels, span: this.span(start, nameEnd), body: inner });
        }
    }
    /** Skips to the matching close bracket; the opening one is already consumed. */
    skipBalanced(open, close) {
        let depth = 1;
        while (this.pos < this.text.length && depth > 0) {
            const c = this.text[this.pos];
            if (c === '"') {
                this.quoted();
                continue;
            }
            if (c === open)
                depth++;
            else if (c === close)
                depth--;
            this.pos++;
        }
    }
    /** A quoted string starting at `"`: its value (escapes resolved) and whether it holds `${`/`%{`. */
    quoted() {
        const t = this.text;
        this.pos++; // opening quote
        let value = '';
        let template = null;
        while (this.pos < t.length && t[this.pos] !== '"' && t[this.pos] !== '\n') {
            const c = t[this.pos];
            if (c === '\\') {
                const n = t[this.pos + 1];
                value += n === 'n' ? '\n' : n === 't' ? '\t' : (n ?? '');
                this.pos += 2;
                continue;
            }
            if ((c === '$' || c === '%') && t[this.pos + 1] === '{') {
                if (t[this.pos - 1] === c && value.endsWith(c)) {
                    // `$${` / `%%{` escape a literal `${` / `%{`.
                    value = `${value.slice(0, -1) + c}{`;
                    this.pos += 2;
                    continue;
                }
                const start = this.pos;
                this.pos += 2;
                let depth = 1;
                while (this.pos < t.length && depth > 0) {
                    const d = t[this.pos];
                    if (d === '{')
                        depth++;
                    else if (d === '}')
                        depth--;
                    else if (d === '"') {
                        this.quoted();
                        continue;
                    }
                    this.pos++;
                }
                const expr = t.slice(start, this.pos);
                template ??= expr;
                value += expr;
                continue;
            }
            value += c;
            this.pos++;
        }
        if (t[this.pos] === '"')
            this.pos++;
        else
            this.error('unterminated string');
        return { value, template };
    }
    /** Reads an expression up to the end of the attribute (newline or `}` at bracket depth 0). */
    expression() {
        const t = this.text;
        const start = this.pos;
        if (t[this.pos] === '"') {
            const q = this.quoted();
            const end = this.pos;
            this.skip(false);
            if (this.atExpressionEnd()) {
                const span = this.span(start, end);
                const raw = t.slice(start, end);
                return q.template ? { kind: 'template', raw, expression: q.template, span } : { kind: 'string', value: q.value, raw, span };
            }
            this.pos = start;
        }
        if (t[this.pos] === '[') {
            const list = this.list();
            if (list) {
                this.skip(false);
                if (this.atExpressionEnd())
                    return list;
            }
            this.pos = start;
        }
        this.skipExpression();
        let end = this.pos;
        while (end > start && /\s/.test(t[end - 1]))
            end--;
        return { kind: 'other', raw: t.slice(start, end), span: this.span(start, end) };
    }
    atExpressionEnd() {
        const c = this.text[this.pos];
        return (this.pos >= this.text.length ||
            c === '\n' ||
            c === '}' ||
            c === ',' ||
            c === '#' ||
            (c === '/' && (this.text[this.pos + 1] === '/' || this.text[this.pos + 1] === '*')));
    }
    /** `[` item (`,` item)* `]` of plain items; null when an item is not a simple expression. */
    list() {
        const t = this.text;
        const start = this.pos;
        this.pos++;
        const items = [];
        while (true) {
            this.skip(true);
            if (t[this.pos] === ']') {
                this.pos++;
                break;
            }
            if (this.pos >= t.length)
                return null;
            const item = this.listItem();
            items.push(item);
            this.skip(true);
            if (t[this.pos] === ',')
                this.pos++;
            else if (t[this.pos] !== ']')
                return null;
        }
        return { kind: 'list', items, raw: t.slice(start, this.pos), span: this.span(start, this.pos) };
    }
    listItem() {
        const t = this.text;
        const start = this.pos;
        if (t[this.pos] === '"') {
            const q = this.quoted();
            const span = this.span(start, this.pos);
            const raw = t.slice(start, this.pos);
            return q.template ? { kind: 'template', raw, expression: q.template, span } : { kind: 'string', value: q.value, raw, span };
        }
        let depth = 0;
        while (this.pos < t.length) {
            const c = t[this.pos];
            if (depth === 0 && (c === ',' || c === ']' || c === '\n'))
                break;
            if (c === '(' || c === '[' || c === '{')
                depth++;
            else if (c === ')' || c === ']' || c === '}')
                depth--;
            else if (c === '"') {
                this.quoted();
                continue;
            }
            this.pos++;
        }
        let end = this.pos;
        while (end > start && /\s/.test(t[end - 1]))
            end--;
        return { kind: 'other', raw: t.slice(start, end), span: this.span(start, end) };
    }
    /** Skips any expression: brackets, strings, heredocs; stops at newline / `}` at depth 0. */
    skipExpression() {
        const t = this.text;
        let depth = 0;
        while (this.pos < t.length) {
            const c = t[this.pos];
            if (depth === 0 && (c === '\n' || c === '}'))
                return;
            if (c === '#' || (c === '/' && t[this.pos + 1] === '/')) {
                if (depth === 0)
                    return;
                this.skip(false);
                continue;
            }
            if (c === '/' && t[this.pos + 1] === '*') {
                this.skip(false);
                continue;
            }
            if (c === '"') {
                this.quoted();
                continue;
            }
            if (c === '<' && t[this.pos + 1] === '<') {
                const m = /^<<-?([A-Za-z_][A-Za-z0-9_]*)[ \t]*\r?\n/.exec(t.slice(this.pos, this.pos + 300));
                if (m) {
                    this.skipHeredoc(m[1], this.pos + m[0].length);
                    continue;
                }
            }
            if (c === '(' || c === '[' || c === '{')
                depth++;
            else if (c === ')' || c === ']' || c === '}')
                depth--;
            this.pos++;
        }
    }
    /** Heredoc content is skipped up to the line holding only the marker (hclsyntax spec: TemplateExpr heredoc). */
    skipHeredoc(marker, contentStart) {
        const t = this.text;
        let lineStart = contentStart;
        while (lineStart < t.length) {
            let lineEnd = t.indexOf('\n', lineStart);
            if (lineEnd < 0)
                lineEnd = t.length;
            if (t.slice(lineStart, lineEnd).trim() === marker) {
                this.pos = lineStart + t.slice(lineStart, lineEnd).indexOf(marker) + marker.length;
                return;
            }
            lineStart = lineEnd + 1;
        }
        this.error(`unterminated heredoc <<${marker}`, contentStart);
        this.pos = t.length;
    }
}

;// CONCATENATED MODULE: ./src/formats/distributions/terraform-modules.ts
// The Terraform registry modules most managed-cluster users call instead of the raw resources, recognised by
// their `source` (registry address, GitHub/git URL, with or without a version pin) and read like the resources
// they wrap (src/formats/distributions/terraform.ts). Input names per module, checked in the modules' own
// variables.tf and main.tf:
//
// - terraform-aws-modules/eks/aws (github.com/terraform-aws-modules/terraform-aws-eks):
//   v17–v20 `cluster_service_ipv4_cidr`, `cluster_version`, `cluster_ip_family` (v18+)
//   (variables.tf at v17.24.0 e90c877a, v20.37.0 a9c659ad; main.tf v20.37.0 passes
//   `service_ipv4_cidr = var.cluster_service_ipv4_cidr` into aws_eks_cluster kubernetes_network_config);
//   v21 renamed them `service_ipv4_cidr`, `kubernetes_version`, `ip_family` (variables.tf at v21.0.0 b7eabbd3,
//   main.tf at bef29c4d: `service_ipv4_cidr = var.service_ipv4_cidr`). Both default to null: EKS chooses
//   10.100.0.0/16 or 172.20.0.0/16 at creation, which the configuration does not say.
// - Azure/aks/azurerm (github.com/Azure/terraform-azurerm-aks, variables.tf at e29456ed): `net_profile_service_cidr`,
//   `net_profile_service_cidrs`, `net_profile_dns_service_ip`, `net_profile_pod_cidr`, `net_profile_pod_cidrs`,
//   `kubernetes_version`; all default to null (AKS chooses).
// - terraform-google-modules/kubernetes-engine/google and its cluster submodules (//modules/private-cluster,
//   beta-*, safer-cluster, *-update-variant; variables.tf at bb176b21): `ip_range_services` is the *name* of a
//   secondary range of the cluster's subnetwork ("The _name_ of the secondary subnet range to use for services. If
//   not provided, the default `34.118.224.0/20` range will be used"), passed to google_container_cluster
//   ip_allocation_policy.services_secondary_range_name (cluster.tf). The CIDR lives in the subnetwork.
//
// Every one of these ends in an argument the provider marks ForceNew, so a change is `immutable-platform-change`
// with the same wording as the raw resource, naming the module input.
const MODULES = [
    {
        id: 'terraform-aws-modules/eks/aws',
        service: ['service_ipv4_cidr', 'cluster_service_ipv4_cidr'],
        version: ['kubernetes_version', 'cluster_version'],
        immutable: 'the module passes it to aws_eks_cluster kubernetes_network_config.service_ipv4_cidr, which forces replacement of the EKS cluster (ForceNew in hashicorp/terraform-provider-aws; EKS does not allow changing the service IPv4 CIDR of an existing cluster)',
    },
    {
        id: 'Azure/aks/azurerm',
        service: ['net_profile_service_cidr'],
        serviceList: ['net_profile_service_cidrs'],
        pods: ['net_profile_pod_cidr'],
        podsList: ['net_profile_pod_cidrs'],
        dns: ['net_profile_dns_service_ip'],
        version: ['kubernetes_version'],
        immutable: 'the module passes it to azurerm_kubernetes_cluster network_profile service_cidr/service_cidrs, which forces replacement of the AKS cluster (ForceNew in hashicorp/terraform-provider-azurerm)',
    },
    {
        id: 'terraform-google-modules/kubernetes-engine/google',
        service: ['ip_range_services'],
        serviceIsRangeName: true,
        version: ['kubernetes_version'],
        submodules: /^modules\/(?:beta-)?(?:private|public|safer|autopilot-private|autopilot-public)-cluster(?:-update-variant)?$/,
        immutable: 'the GKE cluster takes its Services from this secondary range and keeps it for life: the module passes the name to google_container_cluster ip_allocation_policy.services_secondary_range_name (ForceNew in hashicorp/terraform-provider-google), and Google Cloud refuses to change or remove a secondary range a cluster uses',
    },
];
/** GitHub repository of each module (terraform-<provider>-<name> naming of the registry). */
const GITHUB = {
    'terraform-aws-modules/terraform-aws-eks': 'terraform-aws-modules/eks/aws',
    'azure/terraform-azurerm-aks': 'Azure/aks/azurerm',
    'terraform-google-modules/terraform-google-kubernetes-engine': 'terraform-google-modules/kubernetes-engine/google',
};
/**
 * The module a `source` string names, or null. Accepts the registry address (optionally with a host such as
 * registry.terraform.io), and GitHub/git URLs (`git::https://github.com/o/terraform-p-n.git//sub?ref=v1`,
 * `github.com/o/terraform-p-n`, `git@github.com:o/terraform-p-n.git`). Terraform's module source syntax:
 * developer.hashicorp.com/terraform/language/modules/sources.
 */
function moduleOfSource(source) {
    const n = normaliseSource(source);
    const spec = n ? MODULES.find((m) => m.id.toLowerCase() === n.id.toLowerCase()) : undefined;
    if (!spec || !n)
        return null;
    if (n.sub && !spec.submodules?.test(n.sub))
        return null;
    return spec;
}
/**
 * terraform-google-modules/network/google (root, or //modules/subnets): its `secondary_ranges` input holds the
 * subnetworks' secondary ranges ({ subnet = [{ range_name, ip_cidr_range }] }), where a GKE module's
 * `ip_range_services` name points (github.com/terraform-google-modules/terraform-google-network, modules/subnets).
 */
function isGoogleNetworkModule(source) {
    const n = normaliseSource(source);
    return !!n && n.id.toLowerCase() === 'terraform-google-modules/network/google' && (n.sub === '' || n.sub === 'modules/subnets');
}
const GITHUB_NETWORK = 'terraform-google-modules/terraform-google-network';
/** Registry id (namespace/name/provider) and sub-directory of a module source, or null when it is not one of ours. */
function normaliseSource(source) {
    let s = source
        .trim()
        .replace(/^git::/, '')
        .replace(/\?.*$/, '');
    let sub = '';
    const slashes = s.replace(/^[a-z+]+:\/\//, (m) => m.replace(/\//g, '\u0000')).indexOf('//');
    if (slashes >= 0) {
        sub = s.slice(slashes + 2).replace(/\/+$/, '');
        s = s.slice(0, slashes);
    }
    s = s
        .replace(/^[a-z+]+:\/\//, '')
        .replace(/^git@github\.com:/, 'github.com/')
        .replace(/^[^@/]+@/, '')
        .replace(/\.git$/, '')
        .replace(/\/+$/, '');
    const gh = /^github\.com\/([^/]+\/[^/]+)$/.exec(s);
    if (gh) {
        const repo = gh[1].toLowerCase();
        if (repo === GITHUB_NETWORK)
            return { id: 'terraform-google-modules/network/google', sub };
        const id = GITHUB[repo];
        return id ? { id, sub } : null;
    }
    const reg = /^(?:[a-z0-9.-]+\.[a-z]{2,}\/)?([^/]+\/[^/]+\/[^/]+)$/i.exec(s);
    return reg ? { id: reg[1], sub } : null;
}

;// CONCATENATED MODULE: ./src/formats/distributions/terraform-values.ts
// Terraform values as Terraform resolves them in one root module (one directory): `var.x` from the
// variable's `default`, overridden by `terraform.tfvars`, overridden by `*.auto.tfvars` in lexical order
// (developer.hashicorp.com/terraform/language/values/variables, "Variable definition precedence": environment
// variables, then terraform.tfvars, then terraform.tfvars.json, then *.auto.tfvars / *.auto.tfvars.json in
// lexical order of their names, then -var / -var-file on the command line, later sources taking precedence),
// and `local.x` from a `locals` block of any file of the directory. Only literals are resolved: a function
// call, a ternary, a reference to a resource, a TF_VAR_ environment variable or a -var flag are out of reach
// and the value stays hidden (the fail-closed rules apply).
//
// A directory is built from the files of one change (and, when the change source can read them, the unchanged
// files of the same directory: `complete`). Each file keeps a small record, never its text.
/** How Terraform loads a file of a directory, from its name; null for files Terraform does not read. */
function terraformFileKind(path) {
    const base = path.slice(path.lastIndexOf('/') + 1);
    if (base.endsWith('.tf'))
        return 'tf';
    if (base === 'terraform.tfvars')
        return 'tfvars';
    if (base.endsWith('.auto.tfvars'))
        return 'auto-tfvars';
    if (base.endsWith('.tfvars'))
        return 'named-tfvars';
    return null;
}
function terraformDirOf(path) {
    const i = path.lastIndexOf('/');
    return i < 0 ? '' : path.slice(0, i);
}
/** References deeper than this (or circular) are not followed. */
const MAX_REFERENCE_DEPTH = 8;
const REFERENCE = /^(var|local)\.([A-Za-z_][A-Za-z0-9_-]*)$/;
class TerraformDirectory {
    files;
    complete;
    constructor(files, 
    /** True when every file of the directory is here (the unchanged ones read from the tree). */
    complete) {
        this.files = files;
        this.complete = complete;
    }
    record(path) {
        return this.files.find((f) => f.path === path);
    }
    /**
     * The definition Terraform uses for `var.name`. `analysing` is the file being read: a named tfvars file
     * (`prod.tfvars`) is loaded only with -var-file, which then wins over every other source, so it is taken as the
     * value when that file itself is read, and ignored otherwise.
     */
    variable(name, analysing) {
        const own = this.record(analysing);
        if (own?.kind === 'named-tfvars' && own.assignments.has(name))
            return { expr: own.assignments.get(name), file: own.path };
        const auto = this.files
            .filter((f) => f.kind === 'auto-tfvars' && f.assignments.has(name))
            .sort((a, b) => baseName(a.path).localeCompare(baseName(b.path), 'en'));
        if (auto.length)
            return { expr: auto[auto.length - 1].assignments.get(name), file: auto[auto.length - 1].path };
        const tfvars = this.files.find((f) => f.kind === 'tfvars' && f.assignments.has(name));
        if (tfvars)
            return { expr: tfvars.assignments.get(name), file: tfvars.path };
        const def = this.files.find((f) => f.kind === 'tf' && f.defaults.has(name));
        return def ? { expr: def.defaults.get(name), file: def.path } : undefined;
    }
    local(name) {
        const f = this.files.find((r) => r.kind === 'tf' && r.locals.has(name));
        return f ? { expr: f.locals.get(name), file: f.path } : undefined;
    }
    /** True when some argument in reach reads `var.name` directly. */
    usesVariable(name) {
        return this.files.some((f) => f.args.some((a) => a.expr.raw.includes(`var.${name}`)) || [...f.locals.values()].some((e) => e.raw.includes(`var.${name}`)));
    }
    /** Resolves an expression standing in `file` to a literal, as seen when `analysing` is read. */
    resolve(expr, file, analysing, via = [], depth = 0) {
        if (expr.kind === 'string')
            return { kind: 'value', text: expr.value, file, span: expr.span, via };
        if (expr.kind === 'template')
            return { kind: 'hidden', raw: expr.raw, reason: `templated (${expr.expression})`, file, span: expr.span, via };
        if (expr.kind === 'list') {
            const parts = [];
            let at = null;
            for (const item of expr.items) {
                const r = this.resolve(item, file, analysing, via, depth);
                if (r.kind === 'hidden')
                    return r;
                if (r.kind === 'absent')
                    return { kind: 'hidden', raw: item.raw, reason: `a list item is null (${item.raw})`, file, span: item.span, via };
                if (at && at.file !== r.file)
                    return { kind: 'hidden', raw: expr.raw, reason: 'the list takes its items from several files', file, span: expr.span, via };
                at ??= r.file === file ? { file, span: expr.span } : { file: r.file, span: r.span };
                parts.push(r.text);
            }
            return at
                ? { kind: 'value', text: parts.join(','), file: at.file, span: at.span, via }
                : { kind: 'value', text: '', file, span: expr.span, via };
        }
        const raw = expr.raw.trim();
        if (raw === 'null')
            return { kind: 'absent', via };
        const ref = REFERENCE.exec(raw);
        if (!ref)
            return { kind: 'hidden', raw, reason: `an expression (${raw}) the gate does not evaluate`, file, span: expr.span, via };
        const chain = [...via, raw];
        if (depth >= MAX_REFERENCE_DEPTH || via.includes(raw)) {
            return {
                kind: 'hidden',
                raw,
                reason: `${raw} refers to itself or through more than ${MAX_REFERENCE_DEPTH} references`,
                file,
                span: expr.span,
                via,
            };
        }
        const def = ref[1] === 'var' ? this.variable(ref[2], analysing) : this.local(ref[2]);
        if (!def) {
            const where = ref[1] === 'var'
                ? `no default, and no terraform.tfvars or *.auto.tfvars ${this.complete ? 'of this directory' : 'in the change'} sets it`
                : `no locals block ${this.complete ? 'of this directory' : 'in the change'} defines it`;
            return { kind: 'hidden', raw, reason: `${raw} has no value in reach (${where})`, file, span: expr.span, via };
        }
        return this.resolve(def.expr, def.file, analysing, chain, depth + 1);
    }
}
function baseName(path) {
    return path.slice(path.lastIndexOf('/') + 1);
}
/**
 * Names that inputs carrying a Service range use (the module inputs and the provider arguments): a tfvars value
 * or a variable default of that name, changed while no configuration in reach says where it goes, is not passed
 * silently (it becomes a hidden value, src/engine/unreadable.ts decides whether the change touches it).
 */
const SERVICE_INPUT_NAME = /(^|_)(service_ipv4_cidr|service_cidrs?|services_ipv4_cidr_block|ip_range_services|service_cluster_ip_range)$/;

;// CONCATENATED MODULE: ./src/formats/distributions/terraform.ts
// Terraform (.tf HCL) managed-Kubernetes resources and their Service range arguments.
//
// Upstream provider schemas (all three arguments are Optional + Computed + ForceNew):
// - hashicorp/terraform-provider-aws internal/service/eks/cluster.go: aws_eks_cluster
//   kubernetes_network_config { service_ipv4_cidr (ForceNew, IsCIDRNetwork(12, 24), private ranges),
//   ip_family (ForceNew) }.
// - hashicorp/terraform-provider-azurerm internal/services/containers/kubernetes_cluster_resource.go:
//   azurerm_kubernetes_cluster network_profile { service_cidr, service_cidrs (ForceNew), dns_service_ip,
//   pod_cidr, pod_cidrs (ForceNew) }.
// - hashicorp/terraform-provider-google google/services/container/resource_container_cluster.go:
//   google_container_cluster ip_allocation_policy { services_ipv4_cidr_block, cluster_ipv4_cidr_block }
//   (ForceNew; "Set to blank to have a range chosen with the default size. Set to /netmask (e.g. /14) to
//   have a range chosen with a specific netmask").
//
// Because the arguments are Computed, an absent argument means "whatever the cloud chose at creation":
// removing it from the configuration plans no change, so absence gives no Setting (never a default).
// Any change of a present value forces replacement of the cluster: that is the `immutable` wording.
// A value that is an expression (var.x, local.y, "${...}") hides the range: a problem names it.





const terraform_FORMAT = 'terraform';
/** Cheap content check before parsing: only files that declare one of the resources or call a module are read. */
const RESOURCE_RE = /resource\s+"(aws_eks_cluster|azurerm_kubernetes_cluster|google_container_cluster|google_compute_subnetwork)"|\bmodule\s+"[^"]*"\s*\{/;
const terraformFormat = {
    id: terraform_FORMAT,
    extract: (source) => guardExtraction(terraform_FORMAT, () => extractTerraform(source)),
};
const RESOURCES = {
    aws_eks_cluster: {
        block: 'kubernetes_network_config',
        service: { single: 'service_ipv4_cidr' },
        version: 'version',
        immutable: 'changing kubernetes_network_config.service_ipv4_cidr forces replacement of the EKS cluster (ForceNew in hashicorp/terraform-provider-aws; EKS does not allow changing the service IPv4 CIDR of an existing cluster)',
    },
    azurerm_kubernetes_cluster: {
        block: 'network_profile',
        service: { single: 'service_cidr', list: 'service_cidrs' },
        pods: { single: 'pod_cidr', list: 'pod_cidrs' },
        dns: 'dns_service_ip',
        version: 'kubernetes_version',
        immutable: 'changing network_profile service_cidr/service_cidrs forces replacement of the AKS cluster (ForceNew in hashicorp/terraform-provider-azurerm)',
    },
    google_container_cluster: {
        block: 'ip_allocation_policy',
        service: { single: 'services_ipv4_cidr_block' },
        serviceRangeName: 'services_secondary_range_name',
        pods: { single: 'cluster_ipv4_cidr_block' },
        version: 'min_master_version',
        immutable: 'changing ip_allocation_policy.services_ipv4_cidr_block forces replacement of the GKE cluster (ForceNew in hashicorp/terraform-provider-google)',
    },
};
const GKE_RANGE_IMMUTABLE = 'the GKE cluster takes its Services from this secondary range and keeps it for life (ip_allocation_policy.services_secondary_range_name is ForceNew in hashicorp/terraform-provider-google), and Google Cloud refuses to change or remove a secondary range a cluster uses';
/** What one file contributes to its directory (also used by the engine to build a TerraformDirectory). */
function readTerraformFile(path, text, inChange = true) {
    // tfvars and .tf files are Terraform's by name (Terraform loads them by name); any other file is read when it
    // declares one of the resources or calls a module (recognition by content).
    const kind = terraformFileKind(path) ?? (RESOURCE_RE.test(text) ? 'tf' : null);
    if (kind === null)
        return null;
    const record = {
        path,
        kind,
        inChange,
        defaults: new Map(),
        declared: new Set(),
        assignments: new Map(),
        locals: new Map(),
        args: [],
        ranges: [],
        problems: [],
    };
    const { body, errors } = parseHcl(text);
    if (kind !== 'tf') {
        for (const a of body.attributes)
            record.assignments.set(a.name, a.expr);
    }
    else {
        for (const v of hclBlocks(body, 'variable')) {
            const name = v.labels[0];
            if (name === undefined)
                continue;
            record.declared.add(name);
            const d = hclAttribute(v.body, 'default');
            if (d)
                record.defaults.set(name, d.expr);
        }
        for (const l of hclBlocks(body, 'locals'))
            for (const a of l.body.attributes)
                record.locals.set(a.name, a.expr);
        for (const resource of hclBlocks(body, 'resource')) {
            const [type, name] = resource.labels;
            if (name === undefined)
                continue;
            if (type === 'google_compute_subnetwork')
                readSubnetwork(record, resource, name);
            const spec = type ? RESOURCES[type] : undefined;
            if (spec)
                readResource(record, resource, type, name, spec);
        }
        for (const module of hclBlocks(body, 'module')) {
            const name = module.labels[0];
            const source = hclAttribute(module.body, 'source');
            const spec = source?.expr.kind === 'string' ? moduleOfSource(source.expr.value) : null;
            if (spec && name !== undefined)
                readModule(record, module, name, spec);
            if (source?.expr.kind === 'string' && name !== undefined && isGoogleNetworkModule(source.expr.value))
                readNetworkModule(record, module, name);
        }
    }
    // Syntax errors matter where the file carries something the gate reads.
    if (record.args.length > 0 || record.ranges.length > 0 || RESOURCE_RE.test(text)) {
        record.problems.unshift(...errors.map((e) => ({ line: e.line, column: e.column, message: `HCL: ${e.message}`, format: terraform_FORMAT })));
    }
    return record;
}
function readResource(record, resource, type, name, spec) {
    const group = `terraform/${type}.${name}`;
    const version = hclAttribute(resource.body, spec.version);
    const ctx = context(group, spec.immutable, version?.expr.kind === 'string' ? version.expr.value : undefined);
    // Dynamic blocks and several nested blocks are not something we can resolve; the last literal wins.
    const blocks = hclBlocks(resource.body, spec.block);
    const inner = blocks.length > 0 ? blocks[blocks.length - 1].body : null;
    if (!inner) {
        if (hclBlocks(resource.body, 'dynamic').some((d) => d.labels[0] === spec.block)) {
            record.problems.push({
                line: resource.span.line,
                message: `${type}.${name}: ${spec.block} is a dynamic block: the Service range cannot be read`,
                hidesRange: true,
                setting: spec.block,
                format: terraform_FORMAT,
            });
        }
        return;
    }
    const subject = `${group}/${spec.block}`;
    const add = (attrName, role, rangeName = false) => {
        const attr = hclAttribute(inner, attrName);
        if (!attr)
            return false;
        record.args.push({
            file: record.path,
            expr: attr.expr,
            subject,
            ctx,
            role,
            setting: `${spec.block}.${attr.name}`,
            ...(rangeName ? { rangeName, immutable: GKE_RANGE_IMMUTABLE } : {}),
        });
        return true;
    };
    if (!(spec.service.list && add(spec.service.list, 'service-range')) && !add(spec.service.single, 'service-range') && spec.serviceRangeName) {
        add(spec.serviceRangeName, 'service-range', true);
    }
    if (spec.pods && !(spec.pods.list && add(spec.pods.list, 'pod-range')))
        add(spec.pods.single, 'pod-range');
    if (spec.dns)
        add(spec.dns, 'dns-address');
}
function readModule(record, module, name, spec) {
    const group = `terraform/module.${name}`;
    const versionAttr = spec.version.map((v) => hclAttribute(module.body, v)).find((a) => a);
    const ctx = context(group, spec.immutable, versionAttr?.expr.kind === 'string' ? versionAttr.expr.value : undefined);
    const add = (names, role, rangeName = false) => {
        // Terraform refuses an input the module does not declare, so only one generation's name can be present.
        const attr = (names ?? []).map((n) => hclAttribute(module.body, n)).find((a) => a);
        if (!attr)
            return false;
        record.args.push({
            file: record.path,
            expr: attr.expr,
            subject: group,
            ctx,
            role,
            setting: `module.${name}.${attr.name}`,
            ...(rangeName ? { rangeName } : {}),
        });
        return true;
    };
    if (!add(spec.serviceList, 'service-range'))
        add(spec.service, 'service-range', !!spec.serviceIsRangeName);
    if (!add(spec.podsList, 'pod-range'))
        add(spec.pods, 'pod-range');
    add(spec.dns, 'dns-address');
}
function readSubnetwork(record, resource, name) {
    for (const block of hclBlocks(resource.body, 'secondary_ip_range')) {
        const rangeName = hclAttribute(block.body, 'range_name');
        const cidr = hclAttribute(block.body, 'ip_cidr_range');
        if (rangeName && cidr)
            record.ranges.push({ file: record.path, subnetwork: `google_compute_subnetwork.${name}`, name: rangeName.expr, cidr: cidr.expr });
    }
}
/**
 * terraform-google-modules/network `secondary_ranges = { subnet = [{ range_name = "…", ip_cidr_range = "…" }] }`:
 * an object expression the HCL reader keeps as raw text; each innermost `{ … }` naming both keys is one range.
 */
function readNetworkModule(record, module, name) {
    const attr = hclAttribute(module.body, 'secondary_ranges');
    if (attr?.expr.kind !== 'other')
        return;
    const raw = attr.expr.raw;
    const at = (offset, length) => {
        const before = raw.slice(0, offset);
        const nl = before.lastIndexOf('\n');
        const line = attr.expr.span.line + (before.match(/\n/g)?.length ?? 0);
        const column = nl < 0 ? attr.expr.span.column + offset : offset - nl;
        return { line, column, endLine: line, endColumn: column + length };
    };
    const value = (m, base) => {
        const text = m[1];
        const offset = base + m.index + m[0].length - text.length;
        const span = at(offset, text.length);
        if (!text.startsWith('"'))
            return { kind: 'other', raw: text, span };
        const inner = text.slice(1, -1);
        if (/[$%]\{/.test(inner))
            return { kind: 'template', raw: text, expression: inner, span };
        return { kind: 'string', value: inner.replace(/\\(.)/g, '$1'), raw: text, span };
    };
    const VALUE = String.raw `("(?:[^"\\\n]|\\.)*"|[A-Za-z_][\w.\-\[\]]*)`;
    for (const obj of raw.matchAll(/(?<![$%])\{((?:[^{}]|[$%]\{[^{}]*\})*)\}/g)) {
        const base = obj.index + 1;
        const n = new RegExp(String.raw `\brange_name\s*=\s*` + VALUE).exec(obj[1]);
        const c = new RegExp(String.raw `\bip_cidr_range\s*=\s*` + VALUE).exec(obj[1]);
        if (n && c)
            record.ranges.push({ file: record.path, subnetwork: `module.${name}.secondary_ranges`, name: value(n, base), cidr: value(c, base) });
    }
}
function context(group, immutable, version) {
    const ctx = { format: terraform_FORMAT, group, profile: 'apiserver', immutable };
    const minor = version !== undefined ? minorVersion(version) : undefined;
    if (minor !== undefined)
        ctx.kubernetesVersion = minor;
    return ctx;
}
function extractTerraform(source) {
    // Terraform files are not YAML: read the raw text. Without a directory, a .tf file matters when it declares a
    // resource, calls a module, or defines a variable or local (a Service range input with no use in reach).
    const given = source.directory?.record(source.path);
    const kind = terraformFileKind(source.path);
    if (!given && !RESOURCE_RE.test(source.text) && (kind === null || (kind === 'tf' && !/\b(variable|locals)\b/.test(source.text))))
        return EMPTY_EXTRACTION;
    const record = given ?? readTerraformFile(source.path, source.text);
    if (!record)
        return EMPTY_EXTRACTION;
    const directory = source.directory ?? new TerraformDirectory([record], false);
    const settings = [];
    const problems = [...record.problems];
    for (const file of directory.files) {
        for (const arg of file.args)
            readArgument(directory, record, arg, settings, problems);
    }
    unplacedInputs(directory, record, problems);
    return { settings, problems };
}
/** One argument as `record` sees it: a Setting or a problem when the value stands in `record`, nothing otherwise. */
function readArgument(dir, record, arg, settings, problems) {
    let r = dir.resolve(arg.expr, arg.file, record.path);
    let setting = arg.setting;
    if (arg.rangeName && r.kind === 'value') {
        const named = secondaryRange(dir, record, r.text);
        setting = `${arg.setting} "${r.text}"`;
        if (named) {
            r = named.resolved;
            setting = `${setting} → ${named.range.subnetwork}${named.range.subnetwork.startsWith('module.') ? '' : ' secondary_ip_range'}.ip_cidr_range`;
        }
        else {
            // The name is readable, the CIDR is not in reach: say exactly that where the name stands.
            r = {
                kind: 'hidden',
                raw: r.text,
                reason: `it names the secondary range "${r.text}" of the cluster's subnetwork, and no secondary range of that range_name (google_compute_subnetwork secondary_ip_range, terraform-google-modules/network secondary_ranges) is in reach (this file${dir.complete ? ', the directory' : ', the changed files of this directory'}): its CIDR cannot be read`,
                file: r.file,
                span: r.span,
                via: r.via,
            };
        }
    }
    if (r.kind === 'absent')
        return;
    if (r.kind === 'hidden') {
        if (arg.role !== 'service-range')
            return;
        // Where the unreadable expression stands, and also at the argument itself: the change may touch either line
        // (src/engine/unreadable.ts reports a hidden value only where the change touches it).
        const at = [];
        if (r.file === record.path && (record.path === arg.file || record.inChange))
            at.push(r.span);
        if (arg.file === record.path && !(r.file === arg.file && r.span.line === arg.expr.span.line))
            at.push(arg.expr.span);
        const name = [...r.via, setting].join(' → ');
        for (const span of at) {
            problems.push({
                line: span.line,
                column: span.column,
                message: `${name} cannot be read: ${r.reason}`,
                hidesRange: true,
                setting: arg.setting,
                format: terraform_FORMAT,
            });
        }
        return;
    }
    const owner = ownerOf(dir, arg, r);
    if (owner.path !== record.path)
        return;
    const span = owner.atArgument ? arg.expr.span : r.span;
    const name = [...r.via, setting].join(' → ') + (owner.atArgument && r.file !== arg.file ? ` (value from ${r.file})` : '');
    if (arg.role === 'dns-address' ? r.text === '' : r.text === '' || r.text.startsWith('/')) {
        // GKE: blank or "/N" lets the cloud choose the range: nothing to read, still fixed at creation.
        return;
    }
    settings.push(makeSetting(arg.ctx, {
        subject: arg.subject,
        role: arg.role,
        component: 'platform',
        setting: name,
        value: r.text,
        origin: 'explicit',
        span,
        ...(arg.immutable && arg.role === 'service-range' ? { immutable: arg.immutable } : {}),
    }));
}
/**
 * Which file reports a resolved value: the file holding the literal (or the unreadable expression) when that file
 * is part of the change; otherwise the file of the argument, at the argument (an unchanged tfvars read from the
 * tree next to a changed .tf).
 */
function ownerOf(dir, arg, r) {
    if (r.file === arg.file)
        return { path: arg.file, atArgument: false };
    const holder = dir.record(r.file);
    if (holder?.inChange)
        return { path: r.file, atArgument: false };
    return { path: arg.file, atArgument: true };
}
function secondaryRange(dir, record, name) {
    for (const file of dir.files) {
        for (const range of file.ranges) {
            const n = dir.resolve(range.name, range.file, record.path);
            if (n.kind === 'value' && n.text === name)
                return { range, resolved: dir.resolve(range.cidr, range.file, record.path) };
        }
    }
    return null;
}
/**
 * A tfvars value or a variable default whose name is a Service range input's, while no configuration in reach
 * reads that variable: where it goes cannot be told, so it is a hidden value (fail-closed when the change touches
 * it), never a silent pass. With the whole directory in reach (`complete`), an unused variable is just unused.
 */
function unplacedInputs(dir, record, problems) {
    if (dir.complete)
        return;
    const values = record.kind === 'tf' ? record.defaults : record.assignments;
    for (const [name, expr] of values) {
        if (!SERVICE_INPUT_NAME.test(name) || dir.usesVariable(name))
            continue;
        if (expr.kind === 'other' && expr.raw.trim() === 'null')
            continue;
        problems.push({
            line: expr.span.line,
            column: expr.span.column,
            message: `var.${name} looks like a Service range input, but no Terraform configuration in reach (this file${record.kind === 'tf' ? '' : ' and the changed .tf files of its directory'}) says where it goes: the unchanged files of the directory are not read`,
            hidesRange: true,
            setting: `var.${name}`,
            format: terraform_FORMAT,
        });
    }
}

;// CONCATENATED MODULE: ./src/formats/index.ts
// The registry of formats: every format and its order, in one screen. Every format reads every file
// (recognition is by content, never by file name) and says nothing about files that are not its own.
//
//   toolkit/        YAML source and positions, template syntaxes, the value-reading toolkit, the extractor interface
//   flags/          command lines: 1 logical lines → 2a tokenise shell words (or 2 YAML argv items) → 2b find
//                   the control-plane invocations → 3 the invocation that runs → 4 settings; and the two formats
//                   built on it (workload manifests, plain-text carriers)
//   distributions/  one file per cluster-config format (plus kubeadm/kind/Terraform helpers of their own)
//
// Order matters twice: structured (YAML/HCL) readers come before the plain-text flag reader, which skips what
// the workload-manifest reader understood, so no setting is read twice (flags/text-carriers-format.ts); and
// findings of one file list formats in this order.

















/** YAML and HCL formats, in the order they run. */
const STRUCTURED_FORMATS = [
    kubeadmFormat, //      kubeadm InitConfiguration/ClusterConfiguration (distributions/kubeadm.ts)
    kindFormat, //         kind Cluster, with kubeadmConfigPatches (distributions/kind.ts, kind-patches.ts)
    workloadsFormat, //    Pods/Deployments/DaemonSets running kube-apiserver or kube-controller-manager
    clusterApiFormat, //   Cluster API Cluster + KubeadmControlPlane/KubeadmConfigTemplate
    k3sFormat, //          k3s/RKE2 config.yaml, Ansible role vars, CLI-style `*-arg` lists
    k0sFormat, //          k0s ClusterConfig, also inside k0sctl
    kopsFormat, //         kops Cluster (v1alpha2 and v1alpha3 field generations)
    talosFormat, //        Talos machine config / cluster patches
    openshiftFormat, //    OpenShift install-config, Network operator config, openshift-ansible vars
    eksctlFormat, //       eksctl ClusterConfig
    rkeFormat, //          RKE1 cluster.yml (also inside a Rancher v2 cluster)
    serviceCidrFormat, //  networking.k8s.io ServiceCIDR objects (also in a List)
    kubesprayFormat, //    kubespray group_vars
    clusterTemplateFormat, // onedr0p/cluster-template cluster.yaml (cluster_svc_cidr; declared/cluster-template.ts)
    kubeadmAnsibleFormat, // kairen/kubeadm-ansible group_vars (service_cidr; declared/kubeadm-ansible.ts)
    terraformFormat, //    Terraform managed-cluster resources (HCL, distributions/terraform-hcl.ts)
];
/** Plain-text formats (systemd units, shell scripts, env files), after every structured one. */
const TEXT_FORMATS = [flagTextFormat];

;// CONCATENATED MODULE: ./src/engine/side.ts
// One side of one file through every format: the settings it sets and the problems met reading it. The file
// is parsed at most once (formats share the Source) and every limit of src/limits.ts is enforced here.
//
// A side the formats could not read as a whole (a limit, NUL bytes the consuming program refuses, a parser
// failure, an extractor exception, the time budget) carries a whole-file problem: src/engine/unreadable.ts
// decides from the line diff whether the change touches a Service range key it hides.





/** Runs every format over one side of a file (a Terraform file with its directory, when known). Never throws. */
function extractSide(path, text, timeBudgetMs = EXTRACT_TIME_BUDGET_MS, directory, now = () => performance.now()) {
    const problems = [];
    // A whole-file problem hides whatever the file may set (the broad prefilter: a removal is not a removal when
    // the file could not be read); whether it becomes a finding is decided by the keys that SET a range
    // (src/engine/range-keys.ts) and the lines the change touches (src/engine/unreadable.ts).
    const hides = (t) => mayMentionServiceRange(t);
    if (text.length > MAX_TEXT_CHARS) {
        return {
            settings: [],
            problems: [
                {
                    line: 1,
                    message: `file is ${text.length} characters, above the ${MAX_TEXT_CHARS} limit; it was not read`,
                    hidesRange: hides(text),
                    wholeFile: true,
                },
            ],
            text,
        };
    }
    // Over-long lines are not read at all; invalid UTF-8 is read with a caution (src/limits.ts).
    for (const b of findTextLimitBreaches(text)) {
        const problem = { line: b.line, message: b.message, hidesRange: b.unread && hides(text), wholeFile: b.unread || undefined };
        if (b.unread)
            return { settings: [], problems: [problem], text };
        problems.push(problem);
    }
    const nul = readNulBytes(text);
    if (nul?.refusedByShell) {
        return { settings: [], problems: [{ line: nul.line, message: nul.refusedByShell, hidesRange: hides(text), wholeFile: true }], text };
    }
    const source = new Source(path, nul ? nul.shellText : text, directory);
    const bySubject = new Map();
    const started = now(); // `now` is injectable so tests drive the budget with a fake clock
    // Kubernetes' YAML decoder refuses a file with a NUL byte, so no structured format can read one; the text
    // formats read it as the shell does (NUL bytes dropped).
    const formats = nul ? [...TEXT_FORMATS] : [...STRUCTURED_FORMATS, ...TEXT_FORMATS];
    for (const [i, format] of formats.entries()) {
        const elapsed = now() - started;
        if (i > 0 && elapsed > timeBudgetMs) {
            problems.push({
                line: 1,
                message: `reading this file took ${Math.round(elapsed)} ms, above the ${timeBudgetMs} ms budget; not read as ${formats
                    .slice(i)
                    .map((f) => f.id)
                    .join(', ')}`,
                hidesRange: hides(source.text),
                wholeFile: true,
            });
            break;
        }
        try {
            const r = format.extract(source);
            for (const s of r.settings)
                bySubject.set(`${s.role}|${s.subject}`, s);
            problems.push(...r.problems);
        }
        catch (e) {
            problems.push({
                line: 1,
                message: `the ${format.id} reader failed on this file: ${e instanceof Error ? e.message : String(e)}`,
                hidesRange: hides(source.text),
                format: format.id,
                wholeFile: true,
            });
        }
    }
    if (nul && looksLikeYaml(text)) {
        problems.push({ line: nul.line, message: nul.yamlMessage, hidesRange: hides(text), wholeFile: true });
    }
    // YAML syntax errors matter only where the file could be a cluster config; elsewhere they are noise.
    // When a format already read the range (or said it cannot), that answer stands; otherwise a broken YAML
    // file that names a range key must not pass silently.
    const yamlProblems = nul ? [] : (source.yaml?.problems ?? []);
    const answered = bySubject.size > 0 || problems.some((p) => p.hidesRange);
    // A Terraform file (.tf, .tfvars: HCL by name) is never read as YAML: a `---` in a heredoc is not a YAML document.
    if (yamlProblems.length && !answered && terraformFileKind(path) === null && mayMentionServiceRange(source.text) && looksLikeYaml(source.text)) {
        const first = yamlProblems[0];
        problems.push({
            ...first,
            hidesRange: true,
            wholeFile: true,
            message: `${first.message} — the Service range in this file cannot be read reliably`,
        });
        problems.push(...yamlProblems.slice(1));
    }
    // Limits reached while reading YAML are reported whatever the file looks like (src/limits.ts); they hide
    // the range unless the file is plainly not YAML and a text format already read it.
    const yamlUnread = mayMentionServiceRange(source.text) && (looksLikeYaml(source.text) || bySubject.size === 0);
    for (const p of nul ? [] : (source.yaml?.limits ?? []))
        problems.push({ ...p, hidesRange: yamlUnread, wholeFile: true });
    return { settings: [...bySubject.values()], problems, text: source.text };
}
function looksLikeYaml(text) {
    return /^(apiVersion|kind|networking|cluster|spec|services)\s*:/m.test(text) || /^---\s*$/m.test(text);
}
/** Bytes bash reads before it decides whether a script is a binary file (bash shell.c open_shell_script, 80). */
const SHELL_SAMPLE_CHARS = 80;
/**
 * NUL bytes, read as the consuming programs read them:
 * - bash and dash drop NUL bytes from a script's text (bash parse.y shell_getc skips '\0'; measured with bash
 *   5.2.15 and dash 0.5.12: `echo "a=10.96.0.0/1<NUL>2"` prints a=10.96.0.0/12, a NUL in a comment is ignored);
 * - but bash refuses to run a script with a NUL in its first line (first two with `#!`) within the first 80
 *   bytes: "cannot execute binary file" (bash general.c check_binary_file, bash 5.1+);
 * - Kubernetes decodes YAML with sigs.k8s.io/yaml on go-yaml v2, whose reader rejects control characters
 *   (go-yaml readerc.go yaml_parser_update_buffer: "control characters are not allowed"): a YAML file with a
 *   NUL byte is refused as a whole.
 * Returns null for text without NUL bytes.
 */
function readNulBytes(text) {
    const at = text.indexOf('\0');
    if (at < 0)
        return null;
    const line = lineOf(text, at);
    const sample = text.slice(0, SHELL_SAMPLE_CHARS);
    const firstLines = sample.startsWith('#!') ? 2 : 1;
    const sampleLines = sample.split('\n').slice(0, firstLines).join('\n');
    // Only a `#!` script is surely run by a shell; a unit or env file with a NUL up front is read NUL-stripped.
    const refused = sample.startsWith('#!') && sampleLines.includes('\0');
    return {
        line,
        shellText: text.replace(/\0/g, ''),
        refusedByShell: refused
            ? `a NUL byte on line ${line} makes bash refuse to run this script ("cannot execute binary file"); it was not read`
            : null,
        yamlMessage: `line ${line} holds a NUL byte: Kubernetes' YAML decoder rejects control characters, so no component can read this file`,
    };
}

;// CONCATENATED MODULE: ./src/engine/file-context.ts
// Where the findings of one file are collected: rule levels (defaults, config overrides, context demotion)
// are applied here and nowhere else.

/** Collects findings of one file, applying rule levels and context demotion in one place. */
class FileContext {
    file;
    options;
    findings = [];
    constructor(file, options) {
        this.file = file;
        this.options = options;
    }
    add(rule, at, fields) {
        const override = this.options.ruleLevels?.[rule];
        if (override === 'off')
            return;
        let level = override ?? fields.level ?? RULES[rule].defaultLevel;
        if (fields.demote)
            level = 'notice';
        this.findings.push({
            rule,
            level,
            file: this.file,
            line: at.span.line,
            column: at.span.column,
            endLine: at.span.endLine,
            endColumn: at.span.endColumn,
            format: at.format,
            component: at.component,
            setting: at.setting,
            before: fields.before,
            after: fields.after,
            message: fields.message,
            remediation: fields.remediation ?? RULES[rule].remediation,
            suppressed: false,
        });
    }
}

;// CONCATENATED MODULE: ./src/engine/servicecidr-checks.ts
// networking.k8s.io ServiceCIDR objects (src/formats/declared/servicecidr.ts): what the apiserver does with a
// change to one, which is not what it does with a change of the --service-cluster-ip-range flag.
//
// - Update (pkg/apis/networking/validation/validation.go ValidateServiceCIDRUpdate): spec.cidrs compared entry
//   by entry AS TEXT; the one accepted change is 1 -> 2 entries with entry [0] unchanged (issues.k8s.io/131261),
//   and the second entry must validate (one per family). Anything else: "field is immutable" (servicecidr-immutable).
// - The object named "kubernetes" belongs to the apiserver (pkg/controlplane/controller/defaultservicecidr):
//   it creates it from its flags when it is missing, upgrades it to dual-stack when the flags say so, and
//   otherwise only reports "Inconsistent ServiceCIDR status" when flags and object disagree.
// - Delete (pkg/controller/servicecidrs canDeleteCIDR + finalizer networking.k8s.io/service-cidr-finalizer): the
//   allocator stops using the object at once (ipallocator/cidrallocator.go: ready only without a deletion
//   timestamp), and the object stays Terminating while an IPAddress is contained only by it (servicecidr-removed).
// - Overlap: allowed. "CIDR overlapping is allowed" (ipallocator/cidrallocator.go MetaAllocator), and a ServiceCIDR
//   contained in another one is deleted at once (canDeleteCIDR hasParent). So overlapping another ServiceCIDR or
//   the default range is a notice (it adds fewer addresses than it names, or none); overlapping a pod range of a
//   config in the same change is the error range-overlap always was (ClusterIPs collide with pod IPs).







function isServiceCidr(s) {
    return s.format === SERVICECIDR_FORMAT_ID;
}
const objects = (side) => (side ? side.settings.filter((s) => isServiceCidr(s) && s.role === 'service-range') : []);
function label(s) {
    const name = serviceCidrName(s);
    return name ? `ServiceCIDR "${name}"` : 'this ServiceCIDR (no metadata.name)';
}
const isDefaultObject = (s) => serviceCidrName(s) === DEFAULT_SERVICECIDR_NAME;
const DEFAULT_OBJECT_NOTE = 'The apiserver creates and reconciles the ServiceCIDR "kubernetes" from --service-cluster-ip-range (pkg/controlplane/controller/defaultservicecidr): change that flag, in the ways the apiserver supports, rather than the object.';
/** Updates and removals of ServiceCIDR objects between the two sides of one file (both null-safe). */
function reportServiceCidrChanges(ctx, before, after) {
    const old = new Map(objects(before).map((s) => [key(s), s]));
    const current = new Map(objects(after).map((s) => [key(s), s]));
    for (const [k, s] of current) {
        const o = old.get(k);
        if (!o) {
            if (isDefaultObject(s) && after && parseValid(s, after, ctx.options))
                reportDefaultObjectAdded(ctx, s);
            continue;
        }
        if (o.value === s.value || !before || !after)
            continue;
        const oldList = parseValid(o, before, ctx.options);
        const newList = parseValid(s, after, ctx.options);
        // An invalid new value is invalid-range; an invalid old value never existed in a cluster (the create failed).
        if (!oldList || !newList)
            continue;
        reportUpdate(ctx, o, s, oldList, newList);
    }
    // A value that became unreadable (a template) is unreadable-config, not a removal.
    const hidden = !!after?.problems.some((p) => p.hidesRange && (!p.format || p.format === SERVICECIDR_FORMAT_ID));
    for (const [k, o] of old) {
        if (current.has(k) || o.origin !== 'explicit' || !before || (hidden && after))
            continue;
        const list = parseValid(o, before, ctx.options);
        if (!list)
            continue;
        reportRemoved(ctx, o, list, after === null);
    }
}
function reportUpdate(ctx, o, s, oldList, newList) {
    const from = canonicalOf(oldList);
    const to = canonicalOf(newList);
    const oldEntries = o.value.split(',');
    const newEntries = s.value.split(',');
    const what = `${label(s)}: ${describeSource(s)} ${from.join(',')} → ${to.join(',')}`;
    if (oldEntries.length === 1 && newEntries.length === 2 && oldEntries[0] === newEntries[0]) {
        // The one update ValidateServiceCIDRUpdate accepts.
        const second = newList[1];
        ctx.add('dual-stack-upgrade', s, {
            before: from,
            after: to,
            message: `${what} adds the ${second.family === 'ipv6' ? 'IPv6' : 'IPv4'} range ${second.canonical} after the unchanged ${oldEntries[0]}: the one change of spec.cidrs the apiserver accepts on an existing ServiceCIDR (single-stack to dual-stack).${isDefaultObject(s) ? ` ${DEFAULT_OBJECT_NOTE} Unless every apiserver's flag says ${to.join(',')} too, the object and the flags disagree (KubernetesDefaultServiceCIDRInconsistent).` : ''}`,
            remediation: isDefaultObject(s)
                ? `set --service-cluster-ip-range to ${to.join(',')} on every kube-apiserver instead: the apiserver upgrades the object itself`
                : 'make sure kube-proxy, the CNI and the nodes are dual-stack before Services ask for the second family',
        });
        return;
    }
    // Which entry upstream names: the first differing index when the count is kept, spec.cidrs otherwise.
    const index = oldEntries.length === newEntries.length ? oldEntries.findIndex((e, i) => e !== newEntries[i]) : -1;
    const field = index >= 0 ? `spec.cidrs[${index}]` : 'spec.cidrs';
    const textOnly = from.join(',') === to.join(',') ? ' (the same ranges written differently: the apiserver compares the text)' : '';
    const added = newList.flatMap((c) => subtractAll(c, oldList));
    const remediation = isDefaultObject(s)
        ? `keep spec.cidrs as ${oldEntries.join(',')}. ${DEFAULT_OBJECT_NOTE}`
        : added.length
            ? `keep ${label(s)} as ${oldEntries.join(',')} and add the new addresses as a new object:\n${serviceCidrManifest(added
                .map((c) => c.canonical)
                .slice(0, 2)
                .filter(oneFamilyEach), `${serviceCidrName(s) ?? 'extra-service-range'}-2`)}`
            : `keep ${label(s)} as ${oldEntries.join(',')}; to drop ranges, create a new object with only the ranges to keep, then delete this one once no Service uses the others`;
    ctx.add('servicecidr-immutable', s, {
        before: from,
        after: to,
        message: `${what}${textOnly}. The apiserver refuses this update: ${field}: Invalid value: field is immutable (ValidateServiceCIDRUpdate; only adding the second IP family after an unchanged first entry is allowed), so kubectl apply or the GitOps sync fails and the object keeps ${oldEntries.join(',')}.`,
        remediation,
    });
}
/** One CIDR of each family at most (a ServiceCIDR holds one per family). */
function oneFamilyEach(c, i, all) {
    const v6 = c.includes(':');
    return all.findIndex((x) => x.includes(':') === v6) === i;
}
/** The parts of `c` that no CIDR of `existing` covers. */
function subtractAll(c, existing) {
    let parts = [c];
    for (const e of existing) {
        if (e.family !== c.family)
            continue;
        parts = parts.flatMap((p) => (contains(e, p) ? [] : overlaps(p, e) ? subtractRange(p, e) : [p]));
    }
    return parts;
}
function reportRemoved(ctx, o, list, fileDeleted) {
    const ranges = canonicalOf(list).join(',');
    const where = fileDeleted ? 'this file, which declares it, is deleted' : 'its document is removed from this file';
    const consequence = isDefaultObject(o)
        ? `If it is deleted, it stays Terminating while Services hold its IPs (kubernetes.default always does), and once gone the apiserver recreates it from its --service-cluster-ip-range flag. ${DEFAULT_OBJECT_NOTE}`
        : `If a sync deletes it (kubectl apply --prune, Argo CD or Flux pruning), new Services stop getting IPs from ${ranges} at once, and the object stays Terminating (finalizer networking.k8s.io/service-cidr-finalizer) until no Service holds an IP that only it contains; if nothing deletes it, it stays in the cluster, no longer described in Git.`;
    ctx.add('servicecidr-removed', { ...o, span: fileDeleted ? o.span : { line: 1, column: 1, endLine: 1, endColumn: 1 } }, {
        before: canonicalOf(list),
        after: null,
        message: `${label(o)} (${ranges}) is no longer declared: ${where}. ${consequence}`,
    });
}
function reportDefaultObjectAdded(ctx, s) {
    ctx.add('servicecidr-immutable', s, {
        before: null,
        after: parseRangeList(s.value, 'sloppy').ok ? s.value.split(',') : null,
        level: 'warning',
        message: `${label(s)} is declared here with spec.cidrs ${s.value}. Every cluster on Kubernetes 1.33+ already has this object: applying the manifest updates it, which the apiserver refuses ("field is immutable") unless it equals the object's ranges or only adds the second IP family. ${DEFAULT_OBJECT_NOTE}`,
        remediation: 'remove this manifest and manage the range through --service-cluster-ip-range; add extra ranges as ServiceCIDR objects with other names',
    });
}
/** The settings of one side that take part in the overlap check: ServiceCIDRs, apiserver ranges, pod ranges. */
function placeRanges(file, sideName, side, options) {
    if (!side)
        return [];
    const out = [];
    for (const s of side.settings) {
        const defaultRange = s.role === 'service-range' && s.component !== 'kube-controller-manager';
        if (!defaultRange && s.role !== 'pod-range')
            continue;
        const cidrs = s.role === 'pod-range' ? podCidrs(s) : parseValid(s, side, options);
        if (cidrs?.length)
            out.push({ file, side: sideName, setting: s, cidrs });
    }
    return out;
}
function podCidrs(s) {
    const parsed = parseRangeList(s.value, 'sloppy');
    return parsed.ok ? parsed.cidrs : null;
}
/** Directories of two files are related when one contains the other (the same cluster's tree, as far as can be told). */
function related(a, b) {
    const dir = (p) => p.slice(0, Math.max(0, p.lastIndexOf('/')));
    const x = dir(a);
    const y = dir(b);
    return x === y || x === '' || y === '' || x.startsWith(`${y}/`) || y.startsWith(`${x}/`);
}
function overlapsOf(placed, sameFile) {
    const out = [];
    const sco = placed.filter((p) => isServiceCidr(p.setting));
    for (const first of sco) {
        for (const second of placed) {
            if (second === first || (second.file === first.file) !== sameFile || !related(first.file, second.file))
                continue;
            // Each pair of ServiceCIDRs once, told at the one that adds nothing when one contains the other.
            if (isServiceCidr(second.setting) && sco.indexOf(second) < sco.indexOf(first))
                continue;
            const found = first.cidrs.flatMap((c) => second.cidrs.filter((d) => overlaps(c, d)).map((d) => [c, d]))[0];
            if (!found)
                continue;
            const swap = isServiceCidr(second.setting) && contains(found[0], found[1]) && found[0].canonical !== found[1].canonical;
            const [x, y] = swap ? [second, first] : [first, second];
            const [c, d] = swap ? [found[1], found[0]] : found;
            const other = y.file === x.file ? '' : ` in ${y.file}`;
            const id = `${x.file}|${x.setting.subject}|${y.file}|${y.setting.subject}|${c.canonical}|${d.canonical}`;
            if (y.setting.role === 'pod-range') {
                out.push({
                    id,
                    at: x,
                    rule: 'range-overlap',
                    level: 'error',
                    after: canonicalOf(x.cidrs),
                    message: `${label(x.setting)} range ${c.canonical} overlaps the pod range ${d.canonical} (${y.setting.setting}${other}). The Service range must not overlap with any IP ranges assigned to nodes or pods: ClusterIPs would collide with pod IPs.`,
                    remediation: 'choose a ServiceCIDR range outside the pod range',
                });
                continue;
            }
            const what = isServiceCidr(y.setting)
                ? `${label(y.setting)} (${d.canonical}${other})`
                : `the cluster's default Service range ${d.canonical} (${describeSource(y.setting)}${other})`;
            const extra = subtractAll(c, [d]).map((e) => e.canonical);
            out.push({
                id,
                at: x,
                rule: 'range-overlap',
                level: 'notice',
                after: canonicalOf(x.cidrs),
                message: contains(d, c)
                    ? `${label(x.setting)} range ${c.canonical} lies inside ${what}: it adds no Service addresses. The apiserver allows overlapping ServiceCIDRs (ipallocator MetaAllocator), so nothing fails, but the object does not extend the range.`
                    : `${label(x.setting)} range ${c.canonical} overlaps ${what}: only ${extra.join(', ')} of it is new. The apiserver allows overlapping ServiceCIDRs (ipallocator MetaAllocator), so nothing fails.`,
                remediation: extra.length
                    ? `declare only the new addresses: ${extra.join(', ')}`
                    : 'remove the object, or give it a range outside the existing ones',
            });
        }
    }
    return out;
}
/** Overlaps of ServiceCIDRs inside one file, those of the new side that the old side did not have. */
function reportServiceCidrOverlaps(ctx, before, after) {
    if (!objects(after).length)
        return;
    const oldIds = new Set(overlapsOf(placeRanges(ctx.file, 'before', before, ctx.options), true).map((o) => o.id));
    for (const o of overlapsOf(placeRanges(ctx.file, 'after', after, ctx.options), true)) {
        if (oldIds.has(o.id))
            continue;
        ctx.add(o.rule, o.at.setting, { before: null, after: o.after, level: o.level, message: o.message, remediation: o.remediation });
    }
}
/**
 * Overlaps between a ServiceCIDR and a range of another file of the same change (the default range in a kubeadm
 * config, a flag, another ServiceCIDR, a pod range), when the files' directories are related. Records stay small:
 * only the range-carrying settings of each side.
 */
class ServiceCidrOverlapTracker {
    options;
    before = [];
    after = [];
    texts = new Map();
    hasObject = false;
    constructor(options) {
        this.options = options;
    }
    record(file, before, after) {
        const a = placeRanges(file.path, 'after', after, this.options);
        const b = placeRanges(file.previousPath ?? file.path, 'before', before, this.options);
        if (!a.length && !b.length)
            return;
        this.after.push(...a);
        this.before.push(...b);
        if (a.some((p) => isServiceCidr(p.setting))) {
            this.hasObject = true;
            // Suppression markers of the file that gets the finding.
            this.texts.set(file.path, { before: before?.text, after: after.text });
        }
    }
    /** The new text of a file a finding points into (for the text report's excerpt). */
    textOf(path) {
        return this.texts.get(path)?.after;
    }
    findings() {
        if (!this.hasObject)
            return [];
        // The same pair in the base state is not the change's doing (keyed without the side's file names changing).
        const oldIds = new Set(overlapsOf(this.before, false).map((o) => o.id));
        const out = [];
        for (const o of overlapsOf(this.after, false)) {
            if (oldIds.has(o.id))
                continue;
            const ctx = new FileContext(o.at.file, this.options);
            ctx.add(o.rule, o.at.setting, { before: null, after: o.after, level: o.level, message: o.message, remediation: o.remediation });
            const text = this.texts.get(o.at.file);
            const markers = text ? readSuppressions(text.after, o.at.file).suppressions : [];
            const baseMarkers = text?.before !== undefined ? readSuppressions(text.before, o.at.file).suppressions : [];
            out.push(...applySuppressions(ctx.findings, markers, baseMarkers));
        }
        return out;
    }
}

;// CONCATENATED MODULE: ./src/engine/change-checks.ts
// 2. Changes of an effective list between the two sides (SPEC §3), in their context, and removals.









/** 2. Change classes for pairs whose effective list changed. */
function reportChanges(ctx, before, after) {
    const oldByKey = new Map(serviceRanges(before).map((s) => [key(s), s]));
    const newKeys = new Set();
    for (let s of serviceRanges(after)) {
        newKeys.add(key(s));
        const old = oldByKey.get(key(s));
        // A ServiceCIDR object is not a flag: its updates and removals are src/engine/servicecidr-checks.ts's.
        if (!old || isServiceCidr(s))
            continue;
        const oldList = parseValid(old, before, ctx.options);
        const newList = parseValid(s, after, ctx.options);
        if (!oldList || !newList)
            continue; // invalid values are reported as invalid-range, not classified
        const change = classifyChange(oldList, newList);
        if (!change)
            continue;
        s = atChangedLine(old, s);
        if (s.immutable || old.immutable) {
            const platform = s.immutable ?? old.immutable ?? '';
            ctx.add('immutable-platform-change', s, {
                before: canonicalOf(oldList),
                after: canonicalOf(newList),
                message: `${describeSource(s)} changes the Service range ${canonicalOf(oldList).join(',')} → ${canonicalOf(newList).join(',')}: ${platform}.`,
                remediation: `keep ${canonicalOf(oldList).join(',')}; ${RULES['immutable-platform-change'].remediation.replace(/^keep the value; /, '')}`,
            });
            continue;
        }
        const text = changeText(change, old, s);
        ctx.add(change.rule, s, {
            before: canonicalOf(oldList),
            after: canonicalOf(newList),
            message: text.message,
            remediation: text.remediation,
            demote: CHANGE_RULES.includes(change.rule) && (s.component === 'kube-controller-manager' || s.createOnly === true),
        });
    }
    // A subject that disappears with the file still there: its document was removed, or (on formats whose
    // absent field has no knowable default, e.g. eksctl, Terraform) the field was. Only an explicit value that
    // disappears is a removal (issue 11): a subject that only carried the format's default was never set here.
    const commentedOut = isCommentedOut(after.text);
    for (const [k, old] of oldByKey) {
        if (newKeys.has(k) || old.origin !== 'explicit' || isServiceCidr(old))
            continue;
        if (hidesSubject(after, old))
            continue; // reported as unreadable-config instead
        if (followsServiceSubnet(old, after))
            continue;
        // The whole file commented out: the tool that reads this config (kubeadm, kubespray, k3s…) now sees no value,
        // so the format's default applies exactly as if the line had been deleted (as kubernetes-the-hard-way
        // dropping --service-cluster-ip-range makes kube-apiserver's 10.0.0.0/24 apply): a change to classify. A unit,
        // script or static pod manifest commented out no longer runs kube-apiserver at all: that stays a removal.
        if (commentedOut && !RUNS_PROGRAM.has(old.format) && reportDefaultAfterRemoval(ctx, before, old))
            continue;
        ctx.add('config-removed', { ...old, span: { line: 1, column: 1, endLine: 1, endColumn: 1 } }, {
            before: parseValid(old, before, ctx.options)?.map((c) => c.canonical) ?? null,
            after: null,
            message: `${old.setting} = ${old.value} (${old.format}) is no longer set in this file: the document or the field that set the Service range was removed. A running cluster keeps its range; make sure nothing re-creates the cluster from this config with a different one.`,
        });
    }
    // A field newly set on a platform that fixes the range at creation: the platform chose a value before,
    // which this file cannot show, so a differing value would be rejected or replace the cluster.
    for (const s of serviceRanges(after)) {
        if (oldByKey.has(key(s)) || !s.immutable || s.origin !== 'explicit')
            continue;
        const list = parseValid(s, after, ctx.options);
        if (!list)
            continue;
        ctx.add('immutable-platform-change', s, {
            before: null,
            after: canonicalOf(list),
            level: 'warning',
            message: `${s.setting} = ${canonicalOf(list).join(',')} is set for the first time on an existing cluster config. If it differs from the range the platform chose when the cluster was created: ${s.immutable}.`,
            remediation: "check the running cluster's Service range (kubectl get servicecidr kubernetes) and set exactly that value",
        });
    }
}
/**
 * A value read through variables stands at a variable's definition (issue 13). When the same variables carry it
 * on both sides, the change is in a definition: point at the first one whose text changed (`B=$A/12` when A
 * changed: A's line). When the setting now reads other variables (or none before), the line that changed is
 * where it reads them: point at the use.
 */
function atChangedLine(old, s) {
    const through = s.reachedThrough;
    if (!through)
        return s;
    if (old.reachedThrough?.variables.join(',') !== through.variables.join(','))
        return { ...s, span: through.use };
    const changed = through.definitions.find((d) => old.reachedThrough?.definitions.find((o) => o.name === d.name)?.text !== d.text);
    return changed ? { ...s, span: changed.span } : s;
}
/**
 * kubeadm gives kube-controller-manager `--service-cluster-ip-range` from networking.serviceSubnet when
 * controllerManager.extraArgs does not set it and podSubnet is set (kubernetes cmd/kubeadm/app/phases/controlplane/
 * manifests.go, getControllerManagerCommand); without podSubnet it allocates no node CIDRs, so the flag steers
 * nothing (SPEC §3: the controller-manager's copy only keeps node pod CIDRs out of the range). Removing the
 * extraArgs override while the cluster config keeps its apiserver range therefore removes no range of the
 * cluster: the controller-manager follows serviceSubnet (a mismatch, if there was one, is fixed).
 */
function followsServiceSubnet(old, after) {
    if (old.format !== 'kubeadm' || old.component !== 'kube-controller-manager')
        return false;
    return serviceRanges(after).some((s) => s.group === old.group && s.component === 'kube-apiserver');
}
/** Formats whose file runs the component (systemd units, scripts, static pod manifests), rather than configure a tool. */
const RUNS_PROGRAM = new Set([FLAGS_FORMAT_ID, MANIFEST_FORMAT_ID]);
function hidesSubject(side, old) {
    return side.problems.some((p) => p.hidesRange && (!p.format || p.format === old.format));
}
/**
 * Deleted file: a notice per cluster config whose Service range the file set explicitly (SPEC §3 context rules).
 * A file that only left the range to the format's default did not set it: its deletion changes no value this file
 * named, so it draws nothing (issue 11: "set" is not "defaulted").
 */
function reportRemoval(ctx, before) {
    const seen = new Set();
    for (const s of serviceRanges(before)) {
        if (s.origin !== 'explicit' || seen.has(s.group) || isServiceCidr(s))
            continue;
        seen.add(s.group);
        const parsed = parseRangeList(s.value, 'sloppy');
        ctx.add('config-removed', s, {
            before: parsed.ok ? canonicalOf(parsed.cidrs) : null,
            after: null,
            message: `this file, which set the Service range (${s.setting} = ${s.value}), is deleted; a running cluster keeps its range, and clusters created from this config are no longer described here.`,
        });
    }
}
/** Every non-blank line is a comment (`#`, `//`, `;`) or a YAML document marker, and at least one is a comment. */
function isCommentedOut(text) {
    let comments = 0;
    for (const line of text.split(/\r\n|\n|\r/)) {
        const t = line.trim();
        if (t === '' || t === '---' || t === '...')
            continue;
        if (/^(#|\/\/|;)/.test(t))
            comments++;
        else
            return false;
    }
    return comments > 0;
}
/** One-line family switches the default depends on (kind networking.ipFamily, kubespray ipv4_stack / ipv6_stack). */
const FAMILY_SWITCH = /^[ \t]*(ipFamily|ipv4_stack|ipv6_stack|enable_dual_stack_networks)[ \t]*:[ \t]*\S/;
/**
 * The old side re-read without the lines of `old`'s value and of the family switches (commented out too): the setting
 * the format falls back to once they are gone. When that is the format's default, the change old → default is
 * classified like any other change.
 */
function reportDefaultAfterRemoval(ctx, before, old) {
    const lines = before.text.split('\n');
    const blank = (l) => (lines[l - 1] = lines[l - 1].endsWith('\r') ? '\r' : '');
    for (let l = old.span.line; l <= old.span.endLine && l <= lines.length; l++)
        blank(l);
    // A value read from several keys (kubespray's two families) has one span: blank every key it names.
    const keys = old.setting.split(',').map((name) => name.slice(name.lastIndexOf('.') + 1).replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
    const named = new RegExp(`^[ \\t]*(?:-[ \\t]*)?["']?(?:${keys.join('|')})["']?[ \\t]*[:=]`);
    lines.forEach((line, i) => (FAMILY_SWITCH.test(line) || named.test(line)) && blank(i + 1));
    const without = extractSide(ctx.file, lines.join('\n'));
    const fallback = serviceRanges(without).find((s) => key(s) === key(old) && s.origin === 'default');
    if (!fallback)
        return false;
    const oldList = parseValid(old, before, ctx.options);
    const newList = parseValid(fallback, without, ctx.options);
    if (!oldList || !newList)
        return false;
    const change = classifyChange(oldList, newList);
    if (!change)
        return true; // the default is the value that was set: nothing changes
    const at = { ...fallback, span: { line: 1, column: 1, endLine: 1, endColumn: 1 } };
    const text = changeText(change, old, at);
    ctx.add(change.rule, at, {
        before: canonicalOf(oldList),
        after: canonicalOf(newList),
        message: `This file is now all comments, so none of its values is read. ${text.message}`,
        remediation: text.remediation,
        demote: CHANGE_RULES.includes(change.rule) && (at.component === 'kube-controller-manager' || at.createOnly === true),
    });
    return true;
}

;// CONCATENATED MODULE: ./src/engine/cross-checks.ts
// 3. Checks between the components of one cluster config in the new state (component-mismatch,
// range-overlap, the cluster DNS address), kept only when the old state did not already have them.





/** 3. Checks between components of one cluster config, in the new state; kept only when new. */
function reportCrossChecks(ctx, before, after) {
    const oldIds = new Set(before ? crossChecks(before, ctx.options).map((c) => c.id) : []);
    for (const c of crossChecks(after, ctx.options)) {
        if (oldIds.has(c.id))
            continue;
        // SPEC §3: an added file is validated (invalid-range, range-overlap, non-canonical-range) and nothing else.
        if (!before && c.rule === 'component-mismatch')
            continue;
        ctx.add(c.rule, c.at, { before: c.before, after: c.after, message: c.message, remediation: c.remediation });
    }
}
function crossChecks(side, options) {
    const out = [];
    const groups = new Map();
    for (const s of side.settings)
        groups.set(s.group, [...(groups.get(s.group) ?? []), s]);
    for (const settings of groups.values()) {
        const services = settings
            .filter((s) => s.role === 'service-range')
            .map((s) => ({ s, cidrs: parseValid(s, side, options) }))
            .filter((x) => x.cidrs !== null);
        if (!services.length)
            continue;
        const reference = services.find((x) => x.s.component === 'kube-apiserver') ?? services.find((x) => x.s.component === 'platform') ?? services[0];
        for (const other of services) {
            if (other === reference || sameList(reference.cidrs, other.cidrs))
                continue;
            const a = canonicalOf(reference.cidrs);
            const b = canonicalOf(other.cidrs);
            out.push({
                id: `mismatch|${other.s.subject}|${a}|${b}`,
                rule: 'component-mismatch',
                at: other.s,
                before: a,
                after: b,
                message: `${other.s.component} ${other.s.setting} = ${b.join(',')} disagrees with ${reference.s.component} ${describeSource(reference.s)} = ${a.join(',')}. ${RULES['component-mismatch'].apiserver}.`,
                remediation: `set ${other.s.setting} to ${a.join(',')}, the ${reference.s.component} value`,
            });
        }
        for (const pod of settings.filter((s) => s.role === 'pod-range')) {
            const podList = parseRangeList(pod.value, 'sloppy');
            if (!podList.ok)
                continue;
            for (const svc of services) {
                const hit = svc.cidrs.flatMap((c) => podList.cidrs.filter((p) => overlaps(c, p)).map((p) => [c, p]))[0];
                if (!hit)
                    continue;
                const at = svc.s.origin === 'explicit' ? svc.s : pod;
                out.push({
                    id: `overlap|${svc.s.subject}|${pod.subject}|${hit[0].canonical}|${hit[1].canonical}`,
                    rule: 'range-overlap',
                    at: { ...at, format: svc.s.format, component: svc.s.component },
                    before: null,
                    after: canonicalOf(svc.cidrs),
                    message: `the Service range ${hit[0].canonical} (${describeSource(svc.s)}) overlaps the pod range ${hit[1].canonical} (${pod.setting}). The Service range must not overlap with any IP ranges assigned to nodes or pods: ClusterIPs would collide with pod IPs.`,
                });
            }
        }
        for (const dns of settings.filter((s) => s.role === 'dns-address')) {
            const ip = parseIpAddress(dns.value, 'sloppy');
            const primary = reference.cidrs[0];
            if (!ip || reference.cidrs.some((c) => cidrContainsAddress(c, ip)))
                continue;
            out.push({
                id: `dns|${dns.subject}|${dns.value}|${canonicalOf(reference.cidrs)}`,
                rule: 'invalid-range',
                at: dns,
                before: null,
                after: canonicalOf(reference.cidrs),
                message: `the cluster DNS address ${dns.value} (${dns.setting}) is outside the Service range ${canonicalOf(reference.cidrs).join(',')}: the DNS Service cannot get that ClusterIP (expected an address in ${primary.canonical}).`,
            });
        }
    }
    return out;
}

;// CONCATENATED MODULE: ./src/engine/cross-file.ts
// component-mismatch across files: the kube-apiserver and kube-controller-manager manifests (or units) of one
// node directory, when both are in the change (SPEC §3).






/**
 * Groups that span files: the kube-apiserver and kube-controller-manager manifests (or units) of one node
 * directory (SPEC §3 component-mismatch). Every other format's group lives inside one file.
 */
const SHARED_GROUP_PREFIX = 'manifest-dir:';
function hasSharedGroup(side) {
    return !!side?.settings.some((s) => s.group.startsWith(SHARED_GROUP_PREFIX));
}
/** Cross-file mismatches of one state (before or after) of the change, keyed so both states compare. */
function crossFileMismatches(placed, options) {
    const out = new Map();
    const services = placed.filter((p) => p.setting.role === 'service-range' && p.setting.group.startsWith(SHARED_GROUP_PREFIX));
    for (const cm of services.filter((p) => p.setting.component === 'kube-controller-manager')) {
        for (const api of services.filter((p) => p.setting.component === 'kube-apiserver' && p.setting.group === cm.setting.group)) {
            if (api.file === cm.file)
                continue; // reported by the file's own cross checks
            const a = parseValid(api.setting, api.side, options);
            const b = parseValid(cm.setting, cm.side, options);
            if (!a || !b || sameList(a, b))
                continue;
            out.set(`${api.file}|${api.setting.subject}|${cm.file}|${cm.setting.subject}|${canonicalOf(a)}|${canonicalOf(b)}`, {
                api,
                cm,
                a: canonicalOf(a),
                b: canonicalOf(b),
            });
        }
    }
    return out;
}
function reportCrossFileMismatches(analyses, options) {
    if (analyses.length < 2)
        return [];
    const place = (pick, name) => analyses.flatMap((a) => {
        const side = pick(a);
        return side ? side.settings.map((setting) => ({ file: name(a), setting, side })) : [];
    });
    const before = crossFileMismatches(place((a) => a.before, (a) => a.file.previousPath ?? a.file.path), options);
    const after = crossFileMismatches(place((a) => a.after, (a) => a.file.path), options);
    const findings = [];
    for (const [id, m] of after) {
        if (before.has(id))
            continue; // the change did not introduce it
        const ctx = new FileContext(m.cm.file, options);
        ctx.add('component-mismatch', m.cm.setting, {
            before: m.a,
            after: m.b,
            message: `kube-controller-manager ${m.cm.setting.setting} = ${m.b.join(',')} disagrees with kube-apiserver ${describeSource(m.api.setting)} = ${m.a.join(',')} in ${m.api.file} (same node directory). ${RULES['component-mismatch'].apiserver}.`,
            remediation: `set ${m.cm.setting.setting} to ${m.a.join(',')}, the kube-apiserver value`,
        });
        // Markers the file's base side lacks (or all of them, for a new file) are the change's own.
        const own = analyses.find((a) => a.file.path === m.cm.file);
        const baseMarkers = own?.before ? readSuppressions(own.before.text, own.file.previousPath ?? m.cm.file).suppressions : own ? [] : undefined;
        findings.push(...applySuppressions(ctx.findings, readSuppressions(m.cm.side.text, m.cm.file).suppressions, baseMarkers));
    }
    return findings;
}
/**
 * An Ansible role's defaults or vars (`roles/<role>/defaults/…`, `roles/<role>/vars/…`) apply to every inventory
 * that runs the role: a value that leaves an inventory's group_vars and arrives there, unchanged, is still the
 * value Ansible gives that inventory (kubespray moved its inventory vars into a defaults role this way). The
 * reverse is not a move: a value leaving role defaults for one inventory's group_vars leaves the others.
 */
const ROLE_DEFAULTS = /(?:^|\/)roles\/[^/]+\/(?:defaults|vars)\//;
const ROLE_DEFAULTS_ROOT = 'ansible-role-defaults';
function sameCluster(gone, arrived) {
    if (gone.identity === arrived.identity)
        return true;
    return arrived.root === ROLE_DEFAULTS_ROOT && gone.root.startsWith('inventory:') && gone.what === arrived.what;
}
/**
 * The cluster a file belongs to, for pairing a value that moves between files: an Ansible inventory (the path
 * before `group_vars/` or `host_vars/`, whose files Ansible merges into one set of variables), else the file's
 * directory. Two kubeadm configs in different directories are different clusters, even with equal subjects.
 */
function clusterRoot(path) {
    if (ROLE_DEFAULTS.test(path))
        return ROLE_DEFAULTS_ROOT;
    const inventory = /^(.*?)(?:^|\/)(?:group_vars|host_vars)\//.exec(path);
    if (inventory)
        return `inventory:${inventory[1]}`;
    return `dir:${path.slice(0, Math.max(0, path.lastIndexOf('/')))}`;
}
/**
 * Values that leave one changed file and arrive, unchanged, in another file of the same cluster in the same change
 * (kubespray vars moved to another group_vars file): a move, not a removal (issue 11). The removal side's
 * `config-removed` or change-to-default and the arrival side's change-from-default are both dropped, since the
 * cluster's effective range is what it was. Keeps one small record per explicit value, never the files.
 */
class MoveTracker {
    options;
    removed = [];
    added = [];
    constructor(options) {
        this.options = options;
    }
    record(r) {
        const file = r.file.path;
        const explicit = (side, root) => (side?.settings ?? [])
            .filter((s) => s.role === 'service-range' && s.origin === 'explicit')
            .map((s) => ({
            file,
            root,
            what: `${s.format}|${s.role}|${s.subject}`,
            identity: `${root}|${s.format}|${s.role}|${s.subject}`,
            format: s.format,
            canonical: canonicalText(s, side, this.options),
        }));
        // A renamed file's old side belongs to the cluster of its old path.
        const before = explicit(r.before, clusterRoot(r.file.previousPath ?? r.file.path));
        const after = explicit(r.after, clusterRoot(r.file.path));
        // A value that vanished from one side (not one that changed to another explicit value) can be half of a move.
        this.removed.push(...before.filter((b) => !after.some((a) => a.identity === b.identity)));
        this.added.push(...after.filter((a) => !before.some((b) => a.identity === b.identity)));
    }
    /** The findings without those a move explains. */
    dropMoved(findings) {
        if (this.removed.length === 0 || this.added.length === 0)
            return findings;
        const drop = [];
        for (const gone of this.removed) {
            const arrived = this.added.find((a) => a.file !== gone.file && sameCluster(gone, a) && a.canonical === gone.canonical);
            if (!arrived)
                continue;
            drop.push({ file: gone.file, format: gone.format, canonical: gone.canonical, side: 'before' });
            drop.push({ file: arrived.file, format: arrived.format, canonical: arrived.canonical, side: 'after' });
        }
        if (drop.length === 0)
            return findings;
        return findings.filter((f) => !drop.some((d) => d.file === f.file &&
            d.format === f.format &&
            MOVE_RULES.has(f.rule) &&
            (f[d.side] ?? []).join(',') === d.canonical &&
            (d.side === 'before' || f.before !== null)));
    }
}
const MOVE_RULES = new Set([...CHANGE_RULES, 'immutable-platform-change', 'config-removed', 'servicecidr-removed']);
function canonicalText(s, side, options) {
    const list = parseValid(s, side, options);
    return list ? canonicalOf(list).join(',') : s.value;
}

;// CONCATENATED MODULE: ./src/engine/moves.ts
// Pair by cluster, not by path (issue 13, item 3): a config that leaves one file and arrives in another of the
// same change — moved and rewritten, or split in two, which git's rename detection (content similarity) shows as a
// delete and an add — is compared as one cluster before it is classified.
//
// Identity is today's in-file pairing identity (format, role, subject: e.g. kubeadm ClusterConfiguration #0's
// kube-apiserver, kind Cluster #0, the kube-apiserver static pod of kube-system), plus, for kubespray vars, the
// inventory the file belongs to (Ansible merges the group_vars of one inventory; two inventories are two clusters).
// Only values that left the change's old state (a deleted file, or a subject gone from a changed file) and values
// that arrived in its new state (an added file, or a subject new in a changed file) are candidates:
// - one candidate on each side: a move. The two values are classified with the change rules of one file
//   (reportChanges), at the new file's line; the old file's config-removed is dropped (a same value is silent);
// - several on a side: the gate does not guess. When every candidate holds the same value, no pairing can change a
//   range and it stays silent; otherwise each removal becomes a warning that names the candidates.
// Only small per-value records are kept (the Setting, its parsed list, the new file's inline markers), never the
// files' texts: the change is streamed (issue 11, flat cost).





/** The file a kubespray value belongs to, as Ansible merges it: the inventory before `group_vars/`, else the directory. */
function inventoryOf(path) {
    const inventory = /^(.*?)(?:^|\/)(?:group_vars|host_vars)\//.exec(path);
    if (inventory)
        return `inventory:${inventory[1]}`;
    return `dir:${path.slice(0, Math.max(0, path.lastIndexOf('/')))}`;
}
function identityOf(s, path) {
    const base = `${s.format}|${s.role}|${s.subject}`;
    return s.format === 'kubespray' ? `${base}|${inventoryOf(path)}` : base;
}
/** At most this many candidate files are named in one message. */
const MAX_NAMED = 5;
class ClusterPairing {
    options;
    gone = [];
    arrived = [];
    constructor(options) {
        this.options = options;
    }
    record(r) {
        const oldPath = r.previousPath ?? r.path;
        const oldKeys = new Set(serviceRanges(r.before).map((s) => identityOf(s, oldPath)));
        const newKeys = new Set(serviceRanges(r.after).map((s) => identityOf(s, r.path)));
        for (const s of serviceRanges(r.before)) {
            const key = identityOf(s, oldPath);
            if (!newKeys.has(key))
                this.gone.push(this.candidate(r.path, key, s, r.before));
        }
        let markers;
        for (const s of serviceRanges(r.after)) {
            const key = identityOf(s, r.path);
            if (oldKeys.has(key))
                continue;
            markers ??= readSuppressions(r.after.text, r.path).suppressions;
            this.arrived.push({ ...this.candidate(r.path, key, s, r.after), markers });
        }
    }
    candidate(file, key, setting, side) {
        const companions = side.settings.filter((x) => x.role === 'advertise-address' && x.group === setting.group);
        const list = parseValid(setting, side, this.options); // validated now, while the side is at hand (cached per Setting)
        return { file, key, setting, companions, canonical: list ? canonicalOf(list).join(',') : setting.value };
    }
    /**
     * The findings with moves applied: removals a move explains dropped, the moved values classified, ambiguous
     * removals raised to warnings.
     */
    apply(findings) {
        if (this.gone.length === 0 || this.arrived.length === 0)
            return findings;
        const keys = new Set(this.gone.map((g) => g.key));
        const drop = new Set();
        const raise = new Map();
        const added = [];
        for (const key of keys) {
            // A value a file only defaults (an InitConfiguration split from its ClusterConfiguration reads as kubeadm's
            // default range) is the other half of a split when a file of the group sets the value: explicit values first.
            const gone = explicitFirst(this.gone.filter((g) => g.key === key));
            const arrived = explicitFirst(this.arrived.filter((a) => a.key === key && !gone.some((g) => g.file === a.file)));
            if (arrived.length === 0)
                continue;
            const removals = (g) => findings.filter((f) => isRemovalOf(f, g));
            // A value that arrives unchanged somewhere in the group is that value's move, whichever file it came from:
            // silent, as MoveTracker treats same-value moves. What is left is paired only when one is left on each side.
            const left = gone.filter((g) => !arrived.some((a) => a.canonical === g.canonical));
            for (const g of gone)
                if (!left.includes(g))
                    for (const f of removals(g))
                        drop.add(f);
            const open = arrived.filter((a) => !gone.some((g) => g.canonical === a.canonical));
            if (left.length === 0)
                continue;
            if (left.length === 1 && open.length === 1) {
                for (const f of removals(left[0]))
                    drop.add(f);
                added.push(...this.classify(left[0], open[0]));
                continue;
            }
            // Several candidates with different values: which one replaces which cannot be told from the change.
            const others = open.length > 0 ? open : arrived;
            const names = others
                .slice(0, MAX_NAMED)
                .map((a) => `${a.file} (${a.canonical})`)
                .join(', ') + (others.length > MAX_NAMED ? ` and ${others.length - MAX_NAMED} more` : '');
            for (const g of left) {
                const why = `It may have moved: ${others.length === 1 ? 'the added config' : `${others.length} added configs`} ${names} describe${others.length === 1 ? 's' : ''} a cluster with the same identity${left.length > 1 ? `, as do ${left.length - 1} other removed one${left.length > 2 ? 's' : ''}` : ''}, with other values; the gate cannot tell which replaces which, so it cannot compare the range. Check by hand that no cluster's Service range changes.`;
                const existing = removals(g);
                for (const f of existing)
                    raise.set(f, why);
                // An explicit value with no removal finding was explained another way (a same-value move, a default that
                // follows): only a value the old file defaulted needs a finding of its own here.
                if (existing.length === 0 && g.setting.origin === 'default') {
                    const ctx = new FileContext(g.file, this.options);
                    ctx.add('config-removed', { ...g.setting, span: { line: 1, column: 1, endLine: 1, endColumn: 1 } }, {
                        before: g.canonical.split(','),
                        after: null,
                        level: 'warning',
                        message: `${g.setting.setting} = ${g.setting.value} (${g.setting.format}, the default) is no longer described here. ${why}`,
                    });
                    added.push(...ctx.findings);
                }
            }
        }
        const out = findings
            .filter((f) => !drop.has(f))
            .map((f) => {
            const why = raise.get(f);
            if (!why)
                return f;
            const level = this.options.ruleLevels?.['config-removed'];
            return { ...f, level: level && level !== 'off' ? level : 'warning', message: `${f.message} ${why}` };
        });
        return [...out, ...added];
    }
    /** The change rules of one file, applied to a value that moved from `g` to `a`, at the new file's line. */
    classify(g, a) {
        const ctx = new FileContext(a.file, this.options);
        const side = (c) => ({ settings: [c.setting, ...c.companions], problems: [], text: '' });
        reportChanges(ctx, side(g), side(a));
        const moved = ctx.findings.map((f) => ({ ...f, message: `Moved from ${g.file}: ${f.message}` }));
        // Markers the new file carries are the change's own (the file is new to this config): listed apart.
        return applySuppressions(moved, a.markers ?? [], []);
    }
}
function explicitFirst(candidates) {
    const explicit = candidates.filter((c) => c.setting.origin === 'explicit');
    return explicit.length > 0 ? explicit : candidates;
}
/** A finding that tells a value is gone from `g`'s file: config-removed, or a change to a default in that file. */
function isRemovalOf(f, g) {
    return f.file === g.file && f.rule === 'config-removed' && f.format === g.setting.format && (f.before ?? []).join(',') === g.canonical;
}

;// CONCATENATED MODULE: ./src/engine/range-keys.ts
// Where a file names a Service range, found without parsing it: the fallback view of a side the formats could
// not read (a limit, binary or undecodable content, a parser failure). The keys are those of src/prefilter.ts
// that SET a Service range (SPEC §5), not its neighbours: pod ranges, stack switches, DNS addresses and format
// signatures name no Service range, so a file whose only keys are those draws no unreadable-config (issue 11).
//
// "The change touches a key" is a question about regions, not single lines: a key's value may continue on the
// lines below it (a YAML list, a `\` continuation), and the lines it hangs from (its parent keys, the document's
// `apiVersion:`/`kind:`) decide what the key means. touchesRegion() answers it in one pass over the text.
const range_keys_SERVICE_RANGE_KEYS = [
    'service-cluster-ip-range', // kube-apiserver / kube-controller-manager flag, k3s/RKE2 kube-apiserver-arg
    'service_cluster_ip_range', // RKE1 services.kube-api
    'serviceClusterIPRange', // kops
    'serviceSubnet', // kubeadm, kind; also Talos serviceSubnets
    'service-cidr', // k3s / RKE2
    'serviceCIDR', // k0s
    'serviceNetwork', // OpenShift install-config
    'cidrBlocks', // Cluster API services.cidrBlocks
    'kube_service_addresses', // kubespray (and _ipv6)
    'serviceIPv4CIDR', // eksctl
    'cluster_svc_cidr', // onedr0p/cluster-template cluster.yaml
    'service_ipv4_cidr', // Terraform EKS
    'service_ipv6_cidr',
    'service_cidr', // Terraform AKS
    'services_ipv4_cidr_block', // Terraform GKE
    'services_secondary_range_name',
];
// Case-insensitive, as in the prefilter: env files spell them SERVICE_CLUSTER_IP_RANGE, KUBE_SERVICE_ADDRESSES.
const KEY_PATTERN = new RegExp(range_keys_SERVICE_RANGE_KEYS.map((k) => k.replace(/[-_]/g, '[-_]')).join('|'), 'i');
/** True when the text names a key that sets a Service range (a cheap scan, no parsing). */
function namesServiceRangeKey(text) {
    return KEY_PATTERN.test(text);
}
/** 1-based lines of `lines` that name a Service range key. */
function serviceRangeKeyLines(lines) {
    const out = [];
    for (let i = 0; i < lines.length; i++)
        if (KEY_PATTERN.test(lines[i]))
            out.push(i + 1);
    return out;
}
/** Lines a key's value may continue on below it: at most this many are looked at (past it: touched, fails closed). */
const MAX_VALUE_LINES = 1000;
/**
 * Whether the change touches the region of a line: the line itself, the lines its value continues on
 * (more indented lines, `- ` items at the key's indentation under a `key:` line, `\` continuations), the
 * lines it hangs from (each less indented line above it, up to the document start) and the document's
 * top-level `apiVersion:`/`kind:` lines. `touched` is a 1-based predicate on the same side's lines.
 */
function touchesRegion(lines, line, touched) {
    const i0 = line - 1;
    if (i0 < 0 || i0 >= lines.length)
        return touched(Math.max(1, Math.min(line, lines.length)));
    if (touched(line))
        return true;
    const indent = indentOf(lines[i0]);
    // Below: the value's continuation.
    let prevContinues = /\\\r?$/.test(lines[i0]);
    const opensBlock = /:\s*(?:[|>][-+0-9]*\s*)?(?:#.*)?\r?$/.test(lines[i0]);
    for (let j = i0 + 1, seen = 0; j < lines.length; j++, seen++) {
        if (seen >= MAX_VALUE_LINES)
            return true;
        const text = lines[j];
        const blank = /^\s*\r?$/.test(text);
        const ind = indentOf(text);
        const continues = prevContinues || blank || ind > indent || (opensBlock && ind === indent && /^\s*-(\s|$)/.test(text));
        if (!continues)
            break;
        // A blank line continues the scan but is no part of the value: filling it is a change below the value.
        if (!blank && touched(j + 1))
            return true;
        prevContinues = /\\\r?$/.test(text);
    }
    // Above: the parents (each less indented line) and `\`-continued lines, up to the document start.
    let min = indent;
    for (let j = i0 - 1; j >= 0; j--) {
        const text = lines[j];
        if (/^(---|\.\.\.)\s*\r?$/.test(text)) {
            if (touched(j + 1))
                return true;
            break;
        }
        if (/^\s*(#.*)?\r?$/.test(text))
            continue;
        const ind = indentOf(text);
        if ((ind < min || /\\\r?$/.test(text)) && touched(j + 1))
            return true;
        if (ind < min)
            min = ind;
        if (/^(apiVersion|kind)\s*:/.test(text) && touched(j + 1))
            return true;
    }
    // Below the key, the rest of the document's identity lines (kind: may follow the key).
    for (let j = i0 + 1; j < lines.length; j++) {
        const text = lines[j];
        if (/^(---|\.\.\.)\s*\r?$/.test(text))
            return touched(j + 1);
        if (/^(apiVersion|kind)\s*:/.test(text) && touched(j + 1))
            return true;
    }
    return false;
}
function indentOf(text) {
    let n = 0;
    while (n < text.length && (text.charCodeAt(n) === 32 || text.charCodeAt(n) === 9))
        n++;
    return n;
}
/**
 * The first line (of the new text) where the change touches the region of a Service range key on either
 * side, or null. Old-side keys count too: deleting or editing a key's line is a change to it. `maxKeys`
 * bounds the work: past it, any touched line counts (fails closed).
 */
function firstTouchedKeyLine(beforeLines, afterLines, changes, maxKeys = 200) {
    if (afterLines) {
        const keys = serviceRangeKeyLines(afterLines);
        for (const [n, line] of keys.entries()) {
            if (n >= maxKeys)
                return firstTouched(afterLines.length, changes.afterTouched) ?? line;
            if (touchesRegion(afterLines, line, changes.afterTouched))
                return line;
        }
    }
    if (beforeLines) {
        const keys = serviceRangeKeyLines(beforeLines);
        for (const [n, line] of keys.entries()) {
            if (n >= maxKeys)
                return firstTouched(beforeLines.length, changes.beforeTouched) === null ? null : changes.afterLineOf(line);
            if (touchesRegion(beforeLines, line, changes.beforeTouched))
                return changes.afterLineOf(line);
        }
    }
    return null;
}
function firstTouched(count, touched) {
    for (let l = 1; l <= count; l++)
        if (touched(l))
            return l;
    return null;
}

;// CONCATENATED MODULE: ./src/engine/touched-lines.ts
// Which lines a change touches, from the two texts alone (the engine is pure: no patch, no git). A line diff:
// the common head and tail are matched first (linear, and all of a typical big-file change), then the middle
// is diffed with Myers' O(ND) algorithm (E. W. Myers, "An O(ND) Difference Algorithm and Its Variations",
// Algorithmica 1986; the same algorithm as git's default diff) up to MAX_DIFF_EDIT_DISTANCE edits. Past that
// cap the whole middle counts as touched: the answer errs towards "touched", which fails closed.
/** Edits (inserted plus deleted lines) Myers may look for; its time is O((N+M)·D) and its memory O(D²). */
const MAX_DIFF_EDIT_DISTANCE = 2000;
/** Lines as positions count them: split at '\n' only (a CR stays part of its line, so a CRLF change is a change). */
function splitLines(text) {
    return text.split('\n');
}
/** Line diff of two texts (see the file comment). Linear for shared head/tail, O((N+M)·D) in the middle. */
function diffLines(before, after, maxEdits = MAX_DIFF_EDIT_DISTANCE) {
    const a = splitLines(before);
    const b = splitLines(after);
    const aTouched = new Uint8Array(a.length + 2);
    const bTouched = new Uint8Array(b.length + 2);
    // afterOf[i] (0-based old line) = 0-based new line it maps to.
    const afterOf = new Int32Array(a.length + 1);
    let head = 0;
    let steps = 0;
    while (head < a.length && head < b.length && a[head] === b[head]) {
        afterOf[head] = head;
        head++;
    }
    let tail = 0;
    while (tail < a.length - head && tail < b.length - head && a[a.length - 1 - tail] === b[b.length - 1 - tail]) {
        afterOf[a.length - 1 - tail] = b.length - 1 - tail;
        tail++;
    }
    const aEnd = a.length - tail;
    const bEnd = b.length - tail;
    steps += head + tail;
    let capped = false;
    let editDistance = 0;
    if (head < aEnd || head < bEnd) {
        const work = { d: -1, steps: 0 };
        const script = myers(a, head, aEnd, b, head, bEnd, maxEdits, work);
        steps += work.steps;
        editDistance = script === null ? null : work.d;
        if (script === null) {
            capped = true;
            for (let i = head; i < aEnd; i++) {
                aTouched[i + 1] = 1;
                afterOf[i] = Math.min(head, b.length - 1);
            }
            for (let j = head; j < bEnd; j++)
                bTouched[j + 1] = 1;
        }
        else {
            // Walk the matched pairs in order; everything between two matches is touched.
            let i = head;
            let j = head;
            const mark = (toI, toJ) => {
                for (; i < toI; i++) {
                    aTouched[i + 1] = 1;
                    afterOf[i] = Math.min(toJ, b.length - 1);
                }
                for (; j < toJ; j++)
                    bTouched[j + 1] = 1;
            };
            for (const [mi, mj] of script) {
                mark(mi, mj);
                afterOf[mi] = mj;
                i = mi + 1;
                j = mj + 1;
            }
            mark(aEnd, bEnd);
        }
    }
    return {
        afterTouched: (line) => bTouched[line] === 1,
        beforeTouched: (line) => aTouched[line] === 1,
        afterLineOf: (line) => (line >= 1 && line <= a.length ? afterOf[line - 1] + 1 : Math.max(1, b.length)),
        beforeLines: a.length,
        afterLines: b.length,
        capped,
        editDistance,
        steps,
    };
}
/** Every line of the new text counts as touched (an added file, or no old text to compare with). */
function allTouched(afterLineCount) {
    return {
        afterTouched: () => true,
        beforeTouched: () => true,
        afterLineOf: () => 1,
        beforeLines: 0,
        afterLines: afterLineCount,
        capped: false,
        editDistance: null,
        steps: 0,
    };
}
/**
 * Matched line pairs (0-based) of a[aStart,aEnd) and b[bStart,bEnd) on a shortest edit script, or null when
 * more than maxEdits edits are needed. Lines are compared through integer ids (one Map lookup per line).
 */
function myers(a, aStart, aEnd, b, bStart, bEnd, maxEdits, work) {
    const ids = new Map();
    const idOf = (s) => {
        let id = ids.get(s);
        if (id === undefined) {
            id = ids.size;
            ids.set(s, id);
        }
        return id;
    };
    const n = aEnd - aStart;
    const m = bEnd - bStart;
    const x = new Int32Array(n);
    const y = new Int32Array(m);
    for (let i = 0; i < n; i++)
        x[i] = idOf(a[aStart + i]);
    for (let j = 0; j < m; j++)
        y[j] = idOf(b[bStart + j]);
    const max = Math.min(n + m, maxEdits);
    const offset = max + 1;
    const v = new Int32Array(2 * max + 3);
    const trace = [];
    let found = -1;
    for (let d = 0; d <= max && found < 0; d++) {
        trace.push(v.slice(offset - d - 1, offset + d + 2));
        for (let k = -d; k <= d; k += 2) {
            work.steps++;
            let px = k === -d || (k !== d && v[offset + k - 1] < v[offset + k + 1]) ? v[offset + k + 1] : v[offset + k - 1] + 1;
            let py = px - k;
            while (px < n && py < m && x[px] === y[py]) {
                px++;
                py++;
                work.steps++;
            }
            v[offset + k] = px;
            if (px >= n && py >= m) {
                found = d;
                break;
            }
        }
    }
    work.d = found;
    if (found < 0)
        return null;
    // Backtrack through the saved frontiers (trace[d] holds v[-d-1 .. d+1] before step d).
    const pairs = [];
    let px = n;
    let py = m;
    for (let d = found; d > 0; d--) {
        const prev = trace[d]; // frontier after step d-1, indexed from -d-1
        const at = (k) => prev[k + d + 1];
        const k = px - py;
        const down = k === -d || (k !== d && at(k - 1) < at(k + 1));
        const prevK = down ? k + 1 : k - 1;
        const prevX = at(prevK);
        const prevY = prevX - prevK;
        const startX = down ? prevX : prevX + 1;
        const startY = startX - k;
        while (px > startX && py > startY) {
            px--;
            py--;
            pairs.push([aStart + px, bStart + py]);
        }
        px = prevX;
        py = prevY;
    }
    while (px > 0 && py > 0) {
        px--;
        py--;
        pairs.push([aStart + px, bStart + py]);
    }
    return pairs.reverse();
}

;// CONCATENATED MODULE: ./src/engine/unreadable.ts
// 4. Values the engine cannot see: unreadable-config at the line, for a range the file really sets, on a change
// that touches it (SPEC §3, §9 "cannot read means cannot pass"; issue 11 "no crying wolf").
//
// Two kinds of hidden value, told apart by the side that found them (src/engine/side.ts):
// - a value problem (a templated value, a value that is not a range list) stands at the value's line. It is
//   a finding when the change touches that line's region (src/engine/range-keys.ts touchesRegion) and the
//   value is not the same expression on both sides. Level: error on an existing file (the gate cannot
//   evaluate the new expression, a person must); warning in an added file (nothing existing changes, the
//   rendered value is still unknown).
// - a whole-file problem (a limit, NUL bytes, a parser failure, an extractor exception, the time budget)
//   hides every value of the file. The file's Service range keys are found by a text scan; when the change
//   touches one of them (on either side), that is an error at its line; otherwise the problem stays a
//   visible problem and nothing blocks (the "safe twin": a padded or broken file whose range the change
//   does not touch).
// A deleted file that cannot be read is a notice: its removal cannot change a running cluster's range.


const WHAT_TO_DO = 'make the file readable to the gate (see the limits in docs/rules.md), or have someone other than the author review the rendered value and approve the change';
/**
 * Reports the hidden values of one changed file. Returns the whole-file problems that did not become a
 * finding, so the caller lists them as problems (a limit reached is always visible).
 */
function reportUnreadable(ctx, before, after) {
    const rawAfter = after?.problems.filter((p) => p.hidesRange) ?? [];
    const rawBefore = before?.problems.filter((p) => p.hidesRange) ?? [];
    if (rawAfter.length === 0 && rawBefore.length === 0)
        return [];
    if (!after)
        return reportDeleted(ctx, before, rawBefore);
    const afterLines = splitLines(after.text);
    const beforeLines = before ? splitLines(before.text) : null;
    const hiddenAfter = rawAfter.map((p) => asReported(p, afterLines));
    const hiddenBefore = beforeLines ? rawBefore.map((p) => asReported(p, beforeLines)) : [];
    const changes = before ? diffLines(before.text, after.text) : allTouched(afterLines.length);
    const level = before ? 'error' : 'warning';
    const leftover = [];
    const reported = new Set();
    const add = (line, at, message, findingLevel) => {
        if (reported.has(line))
            return;
        reported.add(line);
        ctx.add('unreadable-config', { ...at, component: 'kube-apiserver' }, { before: null, after: null, message, level: findingLevel });
    };
    for (const p of hiddenAfter) {
        if (p.blocking) {
            // The component refuses what the file says, or the gate cannot tell which of several invocations runs
            // (src/formats/flags/3-invocation-that-runs.ts, kubeadm's two ClusterConfigurations): the file blocks while it says so,
            // unless the old side already had the same refusal and the change left it as it was.
            if (before?.problems.some((q) => q.blocking && q.message === p.message))
                continue;
            add(p.line, atProblem(p), `${p.message}. The gate cannot be sure which Service range applies: ${WHAT_TO_DO}.`, 'error');
            continue;
        }
        if (p.wholeFile) {
            const line = firstTouchedKeyLine(beforeLines, afterLines, changes);
            if (line === null) {
                if (!promoted.has(p))
                    leftover.push(p);
            }
            else
                add(line, atLine(line, p), wholeFileMessage(p, line, before === null), 'error');
            continue;
        }
        // A variable that cannot be resolved: a change to one of its assignments touches the value too (issue 13).
        const definition = p.reachedFrom?.find((l) => changes.afterTouched(l));
        const atUse = touchesRegion(afterLines, p.line, changes.afterTouched);
        if (definition === undefined && !atUse)
            continue;
        const same = definition !== undefined ? undefined : before?.problems.find((q) => sameHiddenValue(q, p, beforeLines, afterLines));
        if (same)
            continue;
        // Create-only formats (kind): a change applies to new clusters only, as for an added file.
        const createOnly = [...(before?.settings ?? []), ...after.settings].some((s) => s.format === p.format && s.createOnly === true);
        const at = atUse || definition === undefined ? atProblem(p) : atLine(definition, p);
        add(at.span.line, at, `${p.message}. ${before && !createOnly ? 'The change touches this value and the gate cannot evaluate it: a person must check the rendered value and approve' : createOnly ? 'It applies to newly created clusters only; the gate cannot evaluate it: check the rendered value' : 'This added file sets a Service range the gate cannot evaluate: check the rendered value'}.`, createOnly ? 'warning' : level);
    }
    if (!before || !beforeLines)
        return leftover;
    for (const p of hiddenBefore) {
        if (p.wholeFile) {
            if (hiddenAfter.some((q) => q.wholeFile && !leftover.includes(q)))
                continue; // told once, from the new side
            const line = firstTouchedKeyLine(beforeLines, afterLines, changes);
            if (line === null) {
                if (!promoted.has(p))
                    leftover.push({ ...p, message: `old side: ${p.message}` });
            }
            else
                add(line, atLine(line, p), `The old side of this file could not be read (${p.message}); this change touches the Service range setting on line ${line}, so the gate cannot compare the old range with the new one: ${WHAT_TO_DO}.`, 'error');
            continue;
        }
        if (!touchesRegion(beforeLines, p.line, changes.beforeTouched) && !p.reachedFrom?.some((l) => changes.beforeTouched(l)))
            continue;
        if (hiddenAfter.some((q) => !q.wholeFile && q.format === p.format && q.setting === p.setting))
            continue; // the new side's finding tells it
        const newSetting = after.settings.find((s) => s.format === p.format && s.setting === p.setting);
        const line = newSetting?.span.line ?? changes.afterLineOf(p.line);
        add(line, newSetting ?? atLine(line, p), `The old value could not be read (${p.message}), so the gate cannot tell whether the new one${newSetting ? ` (${newSetting.value})` : ''} keeps the Service range: a person must compare them and approve.`, 'error');
    }
    return leftover;
}
/** Value problems that stand for more than their line (see asReported); untouched, they stay silent as before. */
const promoted = new WeakSet();
/**
 * A value problem on a line that names no Service range key, in a file that names one elsewhere (a YAML error
 * that hid the document, a list item, a variable holding the arguments): what it hides is the file's range, so
 * it is judged like a whole-file problem, by the key lines the change touches. Elsewhere it stays a value problem.
 */
function asReported(p, lines) {
    if (p.wholeFile || namesServiceRangeKey(lines[p.line - 1] ?? ''))
        return p;
    if (!lines.some((l) => namesServiceRangeKey(l)))
        return p;
    const q = { ...p, wholeFile: true };
    promoted.add(q);
    return q;
}
/** Deleted file: a notice per file that set a range the gate could not read; the removal itself changes no running cluster. */
function reportDeleted(ctx, before, hidden) {
    const lines = splitLines(before.text);
    const p = hidden.find((q) => !q.wholeFile) ?? (namesServiceRangeKey(before.text) ? hidden[0] : undefined);
    if (!p)
        return hidden.filter((q) => q.wholeFile);
    const line = p.wholeFile ? lines.findIndex((l) => namesServiceRangeKey(l)) + 1 || 1 : p.line;
    ctx.add('unreadable-config', { ...atLine(line, p), component: 'kube-apiserver' }, {
        before: null,
        after: null,
        level: 'notice',
        message: `This deleted file set a Service range the gate could not read (${p.message}). A running cluster keeps its range; make sure nothing re-creates the cluster from this config.`,
    });
    return hidden.filter((q) => q.wholeFile && q !== p);
}
/**
 * The same hidden value on both sides: same format, setting and reason (the reason names the template
 * expression), and the same value line once a trailing comment is set aside. Such a value did not change.
 */
function sameHiddenValue(q, p, beforeLines, afterLines) {
    if (!q.hidesRange || q.wholeFile || q.format !== p.format || q.setting !== p.setting || q.message !== p.message || !beforeLines)
        return false;
    return valueText(beforeLines[q.line - 1] ?? '') === valueText(afterLines[p.line - 1] ?? '');
}
/** A line without its trailing comment (`  # …` outside quotes and braces) and trailing white space. */
function valueText(line) {
    return line.replace(/\s+#[^"'{}]*$/, '').trimEnd();
}
function wholeFileMessage(p, line, added) {
    const at = p.line === line ? '' : ` (line ${p.line})`;
    return `${p.message}${at}. ${added ? 'This added file sets a Service range on line' : 'This change touches the Service range setting on line'} ${line}, which the gate therefore cannot read${added ? '' : ' or compare'}: ${WHAT_TO_DO}.`;
}
function atLine(line, p) {
    return { span: { line, column: 1, endLine: line, endColumn: 1 }, format: p.format ?? 'unknown', setting: p.setting ?? '(unknown)' };
}
function atProblem(p) {
    const column = p.column ?? 1;
    return { span: { line: p.line, column, endLine: p.line, endColumn: column }, format: p.format ?? 'unknown', setting: p.setting ?? '(unknown)' };
}
/**
 * A file its change source could not hand over as text (`unreadableReason`: over the size limit, binary, an
 * undecodable encoding). `before`/`after` hold what could be read: the first MAX_PARTIAL_BYTES of an oversize
 * file, or the other side in full. Blocks when that names a Service range key the change touches, or when the
 * change cannot be seen in it; otherwise the reason stays a problem.
 */
function reportUnreadableFile(ctx, file) {
    const reason = file.unreadableReason ?? '';
    const problem = [{ file: file.path, line: 1, message: reason }];
    const before = file.before;
    const after = file.after;
    if (!(before !== undefined && namesServiceRangeKey(before)) && !(after !== undefined && namesServiceRangeKey(after)))
        return problem;
    // A change source that does not say which side it could not read leaves both in doubt: read as unreadable
    // (fail closed), never as a deletion.
    const sides = file.unreadableSides ?? ['before', 'after'];
    const afterUnreadable = sides.includes('after');
    const beforeUnreadable = sides.includes('before');
    const deleted = after === undefined && !afterUnreadable;
    const at = (line) => ({
        span: { line, column: 1, endLine: line, endColumn: 1 },
        format: 'unknown',
        setting: '(unknown)',
    });
    const afterLines = after !== undefined ? splitLines(after) : null;
    const beforeLines = before !== undefined ? splitLines(before) : null;
    let line;
    let why;
    if (deleted) {
        ctx.add('unreadable-config', { ...at(1), component: 'kube-apiserver' }, {
            before: null,
            after: null,
            level: 'notice',
            message: `This deleted file names a Service range setting but could not be read (${reason}). A running cluster keeps its range.`,
        });
        return [];
    }
    else if (afterLines && beforeLines && before === after) {
        // Both readable parts are equal, yet the file changed: the change lies where the gate cannot look.
        line = firstTouchedKeyLine(null, afterLines, allTouched(afterLines.length)) ?? 1;
        why = `the change lies outside the part the gate could read, in a file that names a Service range setting (line ${line})`;
    }
    else {
        const changes = afterLines && beforeLines ? diffLines(before, after) : allTouched(afterLines?.length ?? 1);
        line = firstTouchedKeyLine(beforeLines, afterLines, changes);
        if (line === null && !(afterLines && beforeLines) && !beforeUnreadable && !afterUnreadable)
            return problem;
        if (line === null && afterLines && beforeLines)
            return problem;
        // One side has no readable part at all: every key of the other side is touched by the change.
        line ??= afterLines ? (firstTouchedKeyLine(null, afterLines, allTouched(afterLines.length)) ?? 1) : 1;
        why = `this change touches the Service range setting on line ${line}${afterLines ? '' : ' of the old file'}`;
    }
    ctx.add('unreadable-config', { ...at(line), component: 'kube-apiserver' }, {
        before: null,
        after: null,
        level: 'error',
        message: `This file could not be read (${reason}), and ${why}: the gate cannot see the new Service range. ${WHAT_TO_DO[0].toUpperCase()}${WHAT_TO_DO.slice(1)}.`,
    });
    return [];
}

;// CONCATENATED MODULE: ./src/engine/value-checks.ts
// 1. The new values themselves: invalid-range and non-canonical-range, only where the change introduces them.




/** The one concrete fix for an invalid value: what to write instead, when it can be told. */
function invalidRemediation(s, oldCanonical) {
    if (s.profile === 'servicecidr')
        return serviceCidrRemediation(s.value);
    const entries = s.value.split(',');
    const tidy = entries.map((e) => e.trim()).filter((e) => e !== '');
    if (tidy.length !== entries.length || tidy.some((e, i) => e !== entries[i])) {
        // kube-apiserver splits on ',' without trimming: a space after a comma or a trailing comma breaks it.
        return `remove the spaces and empty entries: write ${tidy.join(',')}`;
    }
    const keep = oldCanonical ? ` To keep the cluster as it is, write ${oldCanonical.join(',')}.` : '';
    return `${RULES['invalid-range'].remediation}.${keep}`;
}
const REJECTED_BY = {
    apiserver: 'kube-apiserver (it refuses to start)',
    kubeadm: 'kubeadm (init and upgrade stop)',
    kind: 'kind (the cluster is not created)',
    servicecidr: 'the Kubernetes API or its ClusterIP allocator',
};
function assumedVersionNote(s, options) {
    // A ServiceCIDR object's checks do not depend on the version (the object exists from 1.33 on).
    return versionOf(s, options) || s.profile === 'servicecidr'
        ? ''
        : ' (Kubernetes 1.34+ rules assumed: the file does not say which version it targets; set kubernetes-version to choose)';
}
/** 1. invalid-range and non-canonical-range for values the change introduces. */
function reportValues(ctx, before, after) {
    const oldByKey = new Map(serviceRanges(before).map((s) => [key(s), s]));
    for (const s of serviceRanges(after)) {
        const v = validate(s, after, ctx.options);
        const old = oldByKey.get(key(s));
        const oldV = old && before ? validate(old, before, ctx.options) : null;
        const unchanged = old !== undefined && old.value === s.value;
        if (v.errors.length) {
            if (unchanged && oldV && sameStrings(oldV.errors, v.errors))
                continue; // pre-existing, not this change's doing
            ctx.add('invalid-range', s, {
                before: oldV?.canonical ?? null,
                after: v.canonical,
                message: `${describeSource(s)} = "${s.value}" would be rejected by ${REJECTED_BY[s.profile]}: ${v.errors.join('; ')}.${assumedVersionNote(s, ctx.options)}`,
                remediation: invalidRemediation(s, oldV?.canonical ?? null),
            });
            continue;
        }
        if (v.nonCanonical.length && s.origin === 'explicit' && !unchanged) {
            ctx.add('non-canonical-range', s, {
                before: oldV?.canonical ?? null,
                after: v.canonical,
                message: `${s.setting} = "${s.value}" is not in canonical form: ${v.nonCanonical.map((n) => `"${n.raw}" is ${n.canonical}`).join(', ')}. The cluster will show ${v.canonical?.join(',')}.`,
                remediation: `write ${v.canonical?.join(',')}`,
            });
        }
    }
}
function sameStrings(a, b) {
    return a.length === b.length && a.every((x, i) => x === b[i]);
}

;// CONCATENATED MODULE: ./src/formats/distributions/terraform-directory.ts
// The Terraform files of one change, grouped by directory, so a `var.x` in main.tf can be resolved from the
// terraform.tfvars of the same change (and a tfvars change alone can be placed on the argument it feeds).
// The engine streams a change file by file (src/engine.ts ChangeCollector); Terraform files (.tf, .tfvars) are
// held back until the end of the change, within a character budget, then analysed with their directory.
// Past the budget a file is analysed alone: what it cannot resolve stays hidden (fail closed), never passes.
//
// Unchanged files of the same directory (a terraform.tfvars next to a changed main.tf) are read through
// `ReadUnchangedDirectory` when the change source provides one (EngineOptions.readUnchangedDirectory); then the
// directory is `complete`: an unused variable is unused, and a value found only in an unchanged file is reported
// at the changed argument it reaches.


/** Characters of Terraform files held back per change (beyond: analysed alone, as they come). */
const MAX_HELD_TERRAFORM_CHARS = 4 * 1024 * 1024;
function isTerraformPath(path) {
    return terraformFileKind(path) !== null;
}
class TerraformChangeBuffer {
    byDir = new Map();
    chars = 0;
    /** Holds a Terraform file back until the end of the change; false when it is to be analysed now. */
    take(file) {
        if (!isTerraformPath(file.path) || file.unreadableReason)
            return false;
        const size = (file.before?.length ?? 0) + (file.after?.length ?? 0);
        if (this.chars + size > MAX_HELD_TERRAFORM_CHARS)
            return false;
        this.chars += size;
        const dir = terraformDirOf(file.path);
        const list = this.byDir.get(dir) ?? [];
        list.push(file);
        this.byDir.set(dir, list);
        return true;
    }
    /** Every held file with the directories its two sides are read with; empties the buffer. */
    *drain(readUnchanged) {
        for (const [dir, files] of this.byDir) {
            const neighbours = readNeighbours(dir, files, readUnchanged);
            const complete = neighbours !== undefined;
            const side = (pick) => {
                const records = [];
                for (const f of files) {
                    const s = pick(f);
                    const r = s ? readTerraformFile(s.path, s.text, true) : null;
                    if (r)
                        records.push(r);
                }
                for (const n of neighbours ?? [])
                    records.push(n);
                return new TerraformDirectory(records, complete);
            };
            const before = side((f) => (f.before !== undefined ? { path: f.previousPath ?? f.path, text: f.before } : null));
            const after = side((f) => (f.after !== undefined ? { path: f.path, text: f.after } : null));
            for (const file of files)
                yield { file, sides: { before, after } };
        }
        this.byDir.clear();
        this.chars = 0;
    }
}
function readNeighbours(dir, files, readUnchanged) {
    if (!readUnchanged)
        return undefined;
    let listed;
    try {
        listed = readUnchanged(dir);
    }
    catch {
        return undefined;
    }
    if (!listed)
        return undefined;
    const changed = new Set(files.flatMap((f) => [f.path, f.previousPath ?? f.path]));
    const out = [];
    for (const n of listed) {
        if (changed.has(n.path) || terraformDirOf(n.path) !== dir || !isTerraformPath(n.path))
            continue;
        const r = readTerraformFile(n.path, n.text, false);
        if (r)
            out.push(r);
    }
    return out;
}

;// CONCATENATED MODULE: ./src/overlays/kubeadm-patch.ts
// The Service range a kubeadm `--patches` file sets (issue 13). kubeadm applies the patches to the static Pod
// manifest it generated (kubernetes cmd/kubeadm/app/util/patches/patches.go ApplyPatchesToTarget: json patch,
// merge patch or strategic merge patch, in file order). The Service range can only be set there as a container
// argument `--service-cluster-ip-range=<list>` (a strategic or merge patch replaces the whole `command`/`args`
// list, which has no patch merge key; a json patch adds or replaces one item). So the patch's value is the last
// such argument the file writes, whatever the patch type; a patch that writes none leaves the value below it.
const FLAG = '--service-cluster-ip-range';
// The value runs to the end of the scalar: a quote, whitespace or the end of a flow collection.
const ARG = /--service-cluster-ip-range=([^\s"'\]}]*)/g;
function spanAt(text, start, end) {
    const before = text.slice(0, start);
    const line = before.split('\n').length;
    const column = start - before.lastIndexOf('\n');
    return { line, column, endLine: line, endColumn: column + (end - start) };
}
/** The Service range settings of one patch file for `target`, in the order kubeadm applies them (the last wins). */
function kubeadmPatchSettings(text, target, group) {
    const out = [];
    for (const m of text.matchAll(ARG)) {
        const at = m.index ?? 0;
        const lineStart = text.lastIndexOf('\n', at - 1) + 1;
        if (/^\s*#/.test(text.slice(lineStart, at)))
            continue; // a YAML comment
        const value = m[1].replace(/,+$/, '');
        const start = at + FLAG.length + 1;
        out.push({
            format: 'kubeadm-patch',
            subject: `kubeadm-patch/${target}`,
            group,
            role: 'service-range',
            component: target,
            setting: FLAG,
            value,
            origin: 'explicit',
            span: spanAt(text, start, start + value.length),
            profile: 'apiserver',
        });
    }
    return out;
}

;// CONCATENATED MODULE: ./src/overlays/stacks.ts
// Overlays (issue 13): files that override a base configuration kept elsewhere in the repository. Pure path
// logic only: which stack a changed file belongs to, and which other paths a change source must read (at both
// revisions) so that the engine can compare the effective value of the whole stack (src/overlays/effective.ts).
//
// Three kinds, each applied in the order its program applies them:
// - systemd drop-ins `<dir>/X.service.d/*.conf` over the unit `<dir>/X.service`: "drop-in files ... are
//   parsed after the main unit file itself", all `.conf` files of the `.d` directories "sorted by their
//   filename" (systemd.unit(5) "Description", drop-in directories). Read as one unit: the unit's lines, then
//   each drop-in's, so an empty `ExecStart=` in a drop-in resets the unit's list (systemd.service(5) ExecStart=).
// - k3s/RKE2 `<dir>/config.yaml.d/*.yaml|*.yml` over `<dir>/config.yaml`: k3s pkg/configfilearg/parser.go
//   dotDFiles (os.ReadDir order, i.e. sorted by name; `.yaml`/`.yml`, case-insensitive) and readConfigFile
//   (config.yaml first, then the drop-ins; a later file's key replaces an earlier one's).
// - kubeadm `--patches` files `<target>[suffix][+<patchtype>].(yaml|json)` (kubernetes
//   cmd/kubeadm/app/util/patches/patches.go parseFilename: target among the known targets, patch type
//   json|merge|strategic, strategic by default; getPatchSetsFromPath walks the directory in lexical order and
//   patches are applied in that order). Their base is what they patch: the static Pod manifest or the kubeadm
//   config it is generated from. A repository keeps it beside the patch directory, so the search (documented
//   in docs/limits.md) is the patch directory's parent: `<target>.yaml`, `manifests/<target>.yaml`, then the
//   kubeadm config files `kubeadm.yaml`, `kubeadm-config.yaml`, `kubeadm-init.yaml`, `kubeadm-config.yml`,
//   `kubeadm.yml`; the first one that exists at a revision is the base there.
/** kubeadm patch targets that carry a Service range flag (the others cannot set it). */
const KUBEADM_TARGETS = (/* unused pure expression or super */ null && (['kube-apiserver', 'kube-controller-manager']));
/** patches.go: `^(target)([^.+\n]*)?(\+)?(json|merge|strategic)?` on a name matching `.+\.(json|yaml)$`. */
const KUBEADM_PATCH = /^(kube-apiserver|kube-controller-manager)([^.+\n]*)?(\+(json|merge|strategic))?\.(json|yaml)$/;
const KUBEADM_CONFIGS = ['kubeadm.yaml', 'kubeadm-config.yaml', 'kubeadm-init.yaml', 'kubeadm-config.yml', 'kubeadm.yml'];
function split(path) {
    const i = path.lastIndexOf('/');
    return i < 0 ? { dir: '', name: path } : { dir: path.slice(0, i), name: path.slice(i + 1) };
}
function join(dir, name) {
    return dir === '' ? name : `${dir}/${name}`;
}
/** The stack a path is an overlay of, or undefined. */
function overlayStackOf(path) {
    const { dir, name } = split(path);
    const parent = split(dir);
    // systemd: <dir>/X.service.d/NAME.conf → <dir>/X.service
    const unit = /^(.+\.service)\.d$/.exec(parent.name);
    if (unit && name.endsWith('.conf')) {
        return { kind: 'systemd-drop-in', key: `systemd:${dir}`, dir, bases: [join(parent.dir, unit[1])], isMember: (n) => n.endsWith('.conf') };
    }
    // k3s/RKE2: <dir>/config.yaml.d/NAME.yaml → <dir>/config.yaml
    if (parent.name === 'config.yaml.d' && /\.ya?ml$/i.test(name)) {
        return { kind: 'k3s-config-d', key: `k3s:${dir}`, dir, bases: [join(parent.dir, 'config.yaml')], isMember: (n) => /\.ya?ml$/i.test(n) };
    }
    const patch = KUBEADM_PATCH.exec(name);
    if (patch) {
        const target = patch[1];
        const up = parent.dir;
        const bases = [join(up, `${target}.yaml`), join(up, `manifests/${target}.yaml`), ...KUBEADM_CONFIGS.map((c) => join(up, c))];
        // A patch directory at the repository root has no parent to search.
        return {
            kind: 'kubeadm-patch',
            key: `kubeadm:${dir}:${target}`,
            dir,
            bases: dir === '' ? [] : bases,
            isMember: (n) => KUBEADM_PATCH.exec(n)?.[1] === target,
            target,
        };
    }
    return undefined;
}

/**
 * The context request of a change: for each changed overlay, the base candidates it overrides that are not in
 * the change, and the overlay directory whose other members must be read too. Pure; the change source does the
 * reading (git: `git ls-tree` + `git cat-file`; API: one GraphQL listing and one blob batch; CLI diff: none).
 */
function contextPathsFor(changedPaths) {
    const changed = new Set(changedPaths);
    const stacks = new Map();
    for (const p of changedPaths) {
        const s = overlayStackOf(p);
        if (s && !stacks.has(s.key))
            stacks.set(s.key, s);
    }
    const dirs = [...new Set([...stacks.values()].map((s) => s.dir))];
    const paths = [...new Set([...stacks.values()].flatMap((s) => s.bases))].filter((p) => !changed.has(p));
    return { dirs, paths, stacks };
}
/**
 * The members of a stack found in its directory's listing (names), as repository paths in the order the
 * program applies them (byte order of the names: Go's os.ReadDir and systemd both sort by name).
 */
function membersOf(stack, names) {
    return names
        .filter((n) => stack.isMember(n))
        .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))
        .map((n) => join(stack.dir, n));
}

;// CONCATENATED MODULE: ./src/overlays/effective.ts
// The effective values of an overlay's whole stack, before and after (issue 13), as the engine's checks read
// them: base + overlays in their order (src/overlays/stacks.ts), settings that stand in the changed overlay
// keep their span there; a value that comes from another file of the stack points at the overlay's line 1.
// Pure and synchronous: the change source has read the stack (ChangedFile.context).



const LINE_1 = { line: 1, column: 1, endLine: 1, endColumn: 1 };
function dirOf(path) {
    const i = path.lastIndexOf('/');
    return i < 0 ? '' : path.slice(0, i);
}
function nameOf(path) {
    return path.slice(path.lastIndexOf('/') + 1);
}
/**
 * The stack of a changed overlay, read from its context; undefined when the file is no overlay or its source
 * read no context (the file is then read alone).
 */
function readStack(file) {
    const stack = overlayStackOf(file.path);
    if (!stack || (file.context === undefined && file.contextUnreadable === undefined))
        return undefined;
    if (file.contextUnreadable !== undefined)
        return { kind: 'unreadable', stack, reason: file.contextUnreadable };
    const context = file.context ?? [];
    const unreadable = context.find((c) => c.unreadable !== undefined && (stack.bases.includes(c.path) || isMember(stack, c.path)));
    if (unreadable)
        return { kind: 'unreadable', stack, reason: `${unreadable.path} could not be read: ${unreadable.unreadable}` };
    const sides = {};
    for (const side of ['before', 'after']) {
        const own = file[side];
        const base = baseAt(stack, context, side);
        if (!base) {
            // Only a side where the overlay exists needs its base (an overlay added with its base is read whole).
            if (own === undefined) {
                sides[side] = { settings: [], problems: [], text: '' };
                continue;
            }
            const where = stack.bases.length ? stack.bases.join(', ') : 'a base beside the patch directory';
            return {
                kind: 'unreadable',
                stack,
                reason: `the configuration this overlay overrides (${where}) is not in the repository at the ${side === 'before' ? 'base' : 'head'} revision`,
            };
        }
        const overlays = context
            .filter((c) => c.path !== file.path && isMember(stack, c.path) && c[side] !== undefined)
            .map((c) => ({ path: c.path, text: c[side] }));
        if (own !== undefined)
            overlays.push({ path: file.path, text: own });
        overlays.sort((a, b) => (nameOf(a.path) < nameOf(b.path) ? -1 : nameOf(a.path) > nameOf(b.path) ? 1 : 0));
        sides[side] = effectiveSide(stack, base, overlays, file.path, own ?? '');
    }
    return { kind: 'sides', stack, before: sides.before, after: sides.after };
}
function isMember(stack, path) {
    return dirOf(path) === stack.dir && stack.isMember(nameOf(path));
}
function baseAt(stack, context, side) {
    for (const candidate of stack.bases) {
        const c = context.find((x) => x.path === candidate);
        if (c && c[side] !== undefined)
            return { path: c.path, text: c[side] };
    }
    return undefined;
}
function effectiveSide(stack, base, overlays, self, ownText) {
    if (stack.kind === 'systemd-drop-in')
        return { ...systemdSide(base, overlays, self), text: ownText };
    // The text stays the overlay's own: only its own lines are the change's (unreadable-config reads them).
    return { settings: lastWins(stack, base, overlays, self), problems: [], text: ownText };
}
/**
 * systemd reads the drop-ins after the unit, as if their lines followed it (systemd.unit(5)); the unit reader
 * (src/formats/flags/text-carriers-format.ts readUnit) then applies the `ExecStart=` reset rules to the whole.
 */
function systemdSide(base, overlays, self) {
    const members = [base, ...overlays];
    const texts = members.map((m) => (m.text.endsWith('\n') || m.text === '' ? m.text : `${m.text}\n`));
    const text = texts.join('');
    const lines = texts.map((t) => t.split('\n').length - 1);
    // First line (1-based) of each member in the joined text.
    const first = [];
    let line = 1;
    for (const n of lines) {
        first.push(line);
        line += n;
    }
    const selfIndex = members.findIndex((m) => m.path === self);
    const joined = extractSide(base.path, text);
    const localize = (span) => {
        let i = 0;
        while (i + 1 < first.length && first[i + 1] <= span.line)
            i++;
        if (i !== selfIndex || selfIndex < 0)
            return LINE_1;
        const shift = first[i] - 1;
        return { ...span, line: span.line - shift, endLine: span.endLine - shift };
    };
    const settings = joined.settings.map((s) => ({ ...s, span: localize(s.span) }));
    // The whole unit may be one systemd refuses or the gate cannot decide (two ExecStart= without a reset): that
    // blocks (src/engine/unreadable.ts) unless the stack before the change said the same.
    const named = `the unit read with its drop-ins in order (${members.map((m) => m.path).join(', ')}; line numbers count through them)`;
    const problems = joined.problems
        .filter((p) => p.hidesRange && p.blocking)
        .map((p) => {
        const at = localize({ line: p.line, column: p.column ?? 1, endLine: p.line, endColumn: p.column ?? 1 });
        return { ...p, line: at.line, column: at.column, message: `${named}: ${p.message}` };
    });
    return { settings, problems };
}
/**
 * k3s config.yaml.d and kubeadm patches: each file is read alone; for each (role, component) the last file that
 * sets a value explicitly wins, the base's default applies when none does.
 */
function lastWins(stack, base, overlays, self) {
    const effective = new Map();
    const put = (s, from) => {
        const k = `${s.role}|${s.component}`;
        if (s.origin === 'explicit' || !effective.has(k))
            effective.set(k, { s, from });
    };
    const target = stack.target;
    for (const s of extractSide(base.path, base.text).settings) {
        if (target === undefined || (s.role === 'service-range' && s.component === target))
            put(s, base.path);
    }
    for (const m of overlays) {
        const settings = target !== undefined ? kubeadmPatchSettings(m.text, target, stack.key) : extractSide(m.path, m.text).settings;
        for (const s of settings)
            put(s, m.path);
    }
    // One identity for the whole stack, whichever file the value comes from, so both revisions pair up.
    return [...effective.values()].map(({ s, from }) => ({
        ...s,
        subject: `overlay/${stack.key}/${s.role}/${s.component}`,
        group: `overlay/${stack.key}`,
        span: from === self ? s.span : LINE_1,
    }));
}
/** The overlay's own Service range values on one side (what the change itself writes). */
function ownRangeValues(stack, path, text) {
    if (text === undefined)
        return [];
    const settings = stack.target !== undefined ? kubeadmPatchSettings(text, stack.target, stack.key) : extractSide(path, text).settings;
    return settings.filter((s) => s.role === 'service-range' && s.origin === 'explicit');
}

;// CONCATENATED MODULE: ./src/overlays/report.ts
// The engine's step for a changed overlay (issue 13): the checks of src/engine/ run on the effective values of
// the whole stack (src/overlays/effective.ts), so a drop-in, a config.yaml.d file or a kubeadm patch is judged
// by what the program will run, not by the file alone. A stack the source could not read fails closed when the
// change touches the overlay's own Service range value (SPEC §9 "cannot read means cannot pass").





const KIND_TEXT = {
    'systemd-drop-in': 'a systemd drop-in',
    'k3s-config-d': 'a k3s/RKE2 config.yaml.d file',
    'kubeadm-patch': 'a kubeadm patch',
};
/**
 * Reports a changed overlay from its stack. Returns false when the file must (also) be read alone: its stack
 * could not be read and the change leaves the overlay's own value as it was.
 */
function reportOverlay(ctx, reading, file) {
    if (reading.kind === 'sides') {
        reportValues(ctx, reading.before, reading.after);
        reportChanges(ctx, reading.before, reading.after);
        reportCrossChecks(ctx, reading.before, reading.after);
        // The stack's own blocking problems (a systemd unit whose drop-ins leave two ExecStart=).
        reportUnreadable(ctx, reading.before, reading.after);
        return true;
    }
    const old = ownRangeValues(reading.stack, file.previousPath ?? file.path, file.before);
    const now = ownRangeValues(reading.stack, file.path, file.after);
    const signature = (list) => list.map((s) => `${s.component}=${s.value}`).join(';');
    if (signature(old) === signature(now))
        return false;
    const at = now[now.length - 1] ?? { ...old[old.length - 1], span: { line: 1, column: 1, endLine: 1, endColumn: 1 } };
    const values = now.length ? now.map((s) => s.value).join(', ') : 'nothing (its value is removed)';
    ctx.add('unreadable-config', at, {
        before: null,
        after: null,
        level: 'error',
        message: `${file.path} is ${KIND_TEXT[reading.stack.kind]}, read on top of the configuration it overrides, and ${reading.reason}. ` +
            `The change sets ${at.setting} to ${values} here; without the effective value of the whole stack the gate cannot classify it, so a person must check and approve.`,
        remediation: 'review the effective Service range of the whole stack (base and every overlay) before and after the change, then approve',
    });
    return false;
}

;// CONCATENATED MODULE: ./src/engine.ts
// The pure, synchronous core: changed files in, findings out. No I/O here.
//
// Per file: extract both sides (every format reads the same parsed Source), pair service-range settings by
// subject, then
//   1. validate each new value (invalid-range; non-canonical-range) — only problems the change introduces,
//   2. classify each changed pair (SPEC §3) with its context (controller-manager, create-only, fixed platform),
//   3. run the cross-component checks of the new state (component-mismatch, range-overlap, DNS address)
//      and keep those the old state did not already have,
//   4. turn hidden values (templates, malformed YAML, limits) the change touches into unreadable-config,
//   5. apply inline suppressions and per-rule levels.





















/** Analyses one changed file (both sides). Never throws: a failure becomes a problem at line 1. */
function analyzeFile(file, options = {}) {
    const { findings, problems } = analyzeFileSides(file, options);
    return { findings, problems };
}
/** At most this many problems per file are listed; the rest are counted in one line (issue 11: problems are for people). */
const MAX_PROBLEMS_PER_FILE = 5;
function analyzeFileSides(file, options, terraform) {
    // Documentation, program source and vendored trees are not cluster configs (src/file-kind.ts), unless the
    // repository named the path in `paths`. A rename is read when either path can be a config.
    const kind = fileKindOf(file, options);
    if (kind !== 'config')
        return { file, before: null, after: null, findings: [], problems: [], skipped: kind };
    try {
        return forPeople(analyzeFileUnguarded(file, options, terraform));
    }
    catch (e) {
        const message = `internal error while analysing this file: ${e instanceof Error ? e.message : String(e)}`;
        // Cannot read means cannot pass (SPEC §9): a file that names a Service range key and could not be analysed
        // blocks; any other file keeps the error as a problem.
        const text = file.after ?? file.before ?? '';
        if (!namesServiceRangeKey(text))
            return { file, before: null, after: null, findings: [], problems: [{ file: file.path, line: 1, message }] };
        const ctx = new FileContext(file.path, options);
        ctx.add('unreadable-config', { span: { line: 1, column: 1, endLine: 1, endColumn: 1 }, format: 'unknown', component: 'kube-apiserver', setting: '(unknown)' }, {
            before: null,
            after: null,
            level: 'error',
            message: `${message}. This file names a Service range setting the gate could not read: a person must check it and approve.`,
        });
        return { file, before: null, after: null, findings: ctx.findings, problems: [] };
    }
}
function analyzeFileUnguarded(file, options, terraform) {
    const none = { file, before: null, after: null };
    // The gate's own config is policy, not a cluster config: reviewed as such, never suppressed inline.
    if (isGateConfigPath(file.path, options))
        return { ...none, findings: reviewGateConfigChange(file, options), problems: [] };
    if (file.unreadableReason) {
        // The change source could not hand over text: blocks when what it could read names a range key the change touches.
        const ctx = new FileContext(file.path, options);
        const problems = reportUnreadableFile(ctx, file);
        return { ...none, findings: ctx.findings, problems };
    }
    if (file.before !== undefined && file.after !== undefined && file.before === file.after) {
        return { ...none, findings: [], problems: [] };
    }
    const notes = (file.notes ?? []).map((message) => ({ file: file.path, line: 1, message }));
    // Cheap content prefilter before any parsing: a file whose sides name no key of any supported format
    // cannot set or change a Service range (test/prefilter-superset.test.ts holds every reader to this).
    // A Terraform file whose directory carries a range argument may feed it through a variable of any name.
    const fedByDirectory = [terraform?.before, terraform?.after].some((d) => d?.files.some((f) => f.args.length > 0));
    if (!fedByDirectory &&
        !(file.before !== undefined && mayMentionServiceRange(file.before)) &&
        !(file.after !== undefined && mayMentionServiceRange(file.after))) {
        return { ...none, findings: [], problems: [], skipped: 'unsupported' };
    }
    const before = file.before !== undefined ? extractSide(file.previousPath ?? file.path, file.before, undefined, terraform?.before) : null;
    const after = file.after !== undefined ? extractSide(file.path, file.after, undefined, terraform?.after) : null;
    const ctx = new FileContext(file.path, options);
    // Issue 13: an overlay read with its stack (base + other overlays) when the change source read it.
    const stacked = readStack(file);
    if (stacked && reportOverlay(ctx, stacked, file)) {
        // the stack's effective values were checked
    }
    else if (!after) {
        if (before)
            reportRemoval(ctx, before);
    }
    else {
        reportValues(ctx, before, after);
        if (before)
            reportChanges(ctx, before, after);
        reportCrossChecks(ctx, before, after);
        reportServiceCidrOverlaps(ctx, before, after);
    }
    // ServiceCIDR objects: updates the apiserver refuses, removals (src/engine/servicecidr-checks.ts).
    reportServiceCidrChanges(ctx, before, after);
    // Hidden values on either side; the whole-file problems that did not become a finding stay visible problems.
    const unseen = reportUnreadable(ctx, before, after);
    const side = after ?? before;
    const suppressions = side ? readSuppressions(side.text, file.path) : { suppressions: [], problems: [] };
    // Markers the base side lacks are the change's own: listed apart, and may need the approval label.
    const baseMarkers = !after ? undefined : before ? readSuppressions(before.text, file.previousPath ?? file.path).suppressions : [];
    const findings = applySuppressions(dedupe(dropSubsumed(ctx.findings)), suppressions.suppressions, baseMarkers);
    const problems = [
        ...notes,
        ...suppressions.problems,
        ...(side?.problems ?? []).filter((p) => !p.hidesRange).map((p) => ({ file: file.path, line: p.line, message: p.message })),
        ...unseen.map((p) => ({ file: file.path, line: p.line, message: p.message })),
    ];
    return { file, before, after, findings, problems };
}
function fileKindOf(file, options) {
    const paths = file.previousPath && file.previousPath !== file.path ? [file.path, file.previousPath] : [file.path];
    if (options.optIn && paths.some((p) => options.optIn(p)))
        return 'config';
    const kinds = paths.map((p) => classifyFile(p, file.after ?? file.before));
    return kinds.includes('config') ? 'config' : kinds[0];
}
/**
 * Problems are for people: none for a file that no format claims (no setting on either side, no finding, no
 * problem a format raised or that hides a range), each distinct message once per file, and at most
 * MAX_PROBLEMS_PER_FILE of them with a count of the rest.
 */
function forPeople(r) {
    const extracted = r.before !== null || r.after !== null;
    const claimed = r.findings.length > 0 ||
        [r.before, r.after].some((side) => !!side && (side.settings.length > 0 || side.problems.some((p) => p.hidesRange || p.format)));
    if (extracted && !claimed)
        return { ...r, problems: [], skipped: 'unsupported' };
    if (r.problems.length <= 1)
        return r;
    const seen = new Set();
    const unique = r.problems.filter((p) => !seen.has(p.message) && !!seen.add(p.message));
    if (unique.length <= MAX_PROBLEMS_PER_FILE)
        return { ...r, problems: unique };
    const kept = unique.slice(0, MAX_PROBLEMS_PER_FILE);
    const cut = r.problems.length - kept.length;
    const last = kept[kept.length - 1];
    kept.push({ file: last.file, line: last.line, message: `… and ${cut.toLocaleString('en-US')} more problem${cut === 1 ? '' : 's'} in this file` });
    return { ...r, problems: kept };
}
/**
 * One change gets one finding: a kube-controller-manager change that also disagrees with the apiserver is
 * told once, by component-mismatch (which says more than the change notice).
 */
function dropSubsumed(findings) {
    const mismatches = new Set(findings.filter((f) => f.rule === 'component-mismatch').map((f) => `${f.line}|${f.setting}`));
    return findings.filter((f) => !(CHANGE_RULES.includes(f.rule) && f.component === 'kube-controller-manager' && mismatches.has(`${f.line}|${f.setting}`)));
}
function dedupe(findings) {
    const seen = new Set();
    return findings.filter((f) => {
        const k = `${f.rule}|${f.line}|${f.column}|${f.setting}|${f.message}`;
        if (seen.has(k))
            return false;
        seen.add(k);
        return true;
    });
}
/** Analyses a whole change and builds the v1 report with the verdict for `failOn`. */
function analyzeChanges(files, options = {}, failOn = 'error') {
    const collector = new ChangeCollector(options);
    for (const file of files)
        collector.add(file);
    return collector.finish(failOn);
}
/**
 * The same report from files that arrive one at a time (the CLI's git mode streams them: issue 11, flat cost).
 * Each file is analysed as it comes and then let go; only its findings and problems stay, and the text of the
 * files a finding points into (for the excerpt of the text report: `textOf`).
 */
async function analyzeChangeStream(files, options = {}, failOn = 'error') {
    const collector = new ChangeCollector(options);
    for await (const file of files)
        collector.add(file);
    const report = collector.finish(failOn);
    return { report, textOf: (path) => collector.textOf(path) };
}
/** Accumulates a change file by file: what the report needs, nothing of the files that have nothing to say. */
class ChangeCollector {
    options;
    findings = [];
    problems = [];
    analyses = [];
    texts = new Map();
    skipped = emptySkipped();
    /**
     * Explicit values that leave one file and arrive in another of the same cluster: a move, not a removal.
     * Only small records per value are kept, never the files (the change is streamed).
     */
    moves;
    /** Terraform files wait for the rest of their directory (variables, tfvars) until the end of the change. */
    terraform = new TerraformChangeBuffer();
    /** ServiceCIDR objects against the ranges of the change's other files (default range, pod ranges). */
    serviceCidrs;
    /** Deleted and added configs of one cluster, compared as a move (src/engine/moves.ts): small records only. */
    pairs;
    constructor(options) {
        this.options = options;
        this.moves = new MoveTracker(options);
        this.serviceCidrs = new ServiceCidrOverlapTracker(options);
        this.pairs = new ClusterPairing(options);
    }
    add(file) {
        if (this.terraform.take(file))
            return;
        this.keep(file, analyzeFileSides(file, this.options));
    }
    keep(file, r) {
        if (r.skipped) {
            this.skipped.files++;
            this.skipped[r.skipped]++;
            return;
        }
        for (const f of r.findings)
            this.findings.push(f);
        for (const p of r.problems)
            this.problems.push(p);
        this.moves.record(r);
        this.serviceCidrs.record(r.file, r.before, r.after);
        this.pairs.record({ path: file.path, previousPath: file.previousPath, before: r.before, after: r.after });
        // Only control-plane files can pair up across files; keep the rest out of memory.
        if (hasSharedGroup(r.after) || hasSharedGroup(r.before))
            this.analyses.push(r);
        const text = file.after ?? file.before;
        if (r.findings.length > 0 && text !== undefined)
            this.texts.set(file.path, text);
    }
    finish(failOn) {
        for (const { file, sides } of this.terraform.drain(this.options.readUnchangedDirectory))
            this.keep(file, analyzeFileSides(file, this.options, sides));
        const objects = this.serviceCidrs.findings();
        for (const f of objects) {
            const text = this.serviceCidrs.textOf(f.file);
            if (text !== undefined)
                this.texts.set(f.file, text);
        }
        const cross = [...reportCrossFileMismatches(this.analyses, this.options), ...objects];
        for (const f of cross) {
            const a = this.analyses.find((x) => x.file.path === f.file);
            const text = a ? (a.file.after ?? a.file.before) : undefined;
            if (text !== undefined)
                this.texts.set(f.file, text);
        }
        return { ...buildReport(this.pairs.apply(this.moves.dropMoved([...this.findings, ...cross])), this.problems, failOn), skipped: this.skipped };
    }
    textOf(path) {
        return this.texts.get(path);
    }
}

;// CONCATENATED MODULE: ./src/changes/terraform-context.ts
// The unchanged Terraform files of the directories a change touches (issue 13, follow the value): a changed
// main.tf whose `var.svc` is set in an unchanged terraform.tfvars is resolved with it. Read through the same
// TreeReader as the overlays' stacks (src/changes/overlay-context.ts): one listing and one blob batch at the head,
// before the change streams, so the engine's hook (EngineOptions.readUnchangedDirectory) only looks the directory
// up in a prefetched map and stays pure.
//
// Fail closed: a directory the reader cannot list or read (budget spent, API fault, an unreadable file) and a
// directory where a changed Terraform file is not handed to the engine (filtered out) answer undefined, which the
// engine treats as an incomplete directory (src/formats/distributions/terraform-directory.ts), as without a reader.


/**
 * Fills `into` with the unchanged Terraform files of each directory holding one of `enginePaths` that is a
 * Terraform file. `changedPaths` are every changed path of the change (both names of a rename): they are never
 * read as unchanged. Zero reads when the change has no Terraform file. Never throws.
 */
async function readTerraformNeighbours(changedPaths, enginePaths, reader, into = new Map()) {
    const dirs = [...new Set(enginePaths.filter(isTerraformPath).map(terraformDirOf))];
    if (dirs.length === 0)
        return into;
    const changed = new Set(changedPaths);
    try {
        const listed = await reader.list('after', dirs);
        const wanted = new Map();
        for (const dir of dirs) {
            const paths = (listed.get(dir) ?? [])
                .map((name) => (dir === '' ? name : `${dir}/${name}`))
                .filter((p) => isTerraformPath(p) && !changed.has(p));
            wanted.set(dir, paths);
        }
        const all = [...wanted.values()].flat();
        const contents = all.length > 0 ? await reader.read('after', all) : new Map();
        for (const [dir, paths] of wanted) {
            const files = [];
            let complete = true;
            for (const p of paths) {
                const c = contents.get(p);
                if (c && 'text' in c)
                    files.push({ path: p, text: c.text });
                else
                    complete = false; // listed yet not read as text (binary, too large, gone): the directory is not known whole
            }
            into.set(dir, complete ? files : undefined);
        }
    }
    catch {
        for (const dir of dirs)
            into.set(dir, undefined);
    }
    return into;
}
/** Marks incomplete the directory of each changed Terraform path the engine will not see (filtered out). */
function withholdDirectories(neighbours, withheld) {
    for (const p of withheld)
        if (isTerraformPath(p))
            neighbours.set(terraformDirOf(p), undefined);
}
/** The engine's hook over a prefetched map: pure, synchronous, never throws. */
function unchangedDirectoryReader(neighbours) {
    return (dir) => neighbours.get(dir);
}

;// CONCATENATED MODULE: external "node:child_process"
const external_node_child_process_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:child_process");
;// CONCATENATED MODULE: ./src/changes/decode-text.ts
// Bytes → text for the engine, in one place for every change source (local git, the GitHub API, the CLI's
// `diff` files), so the same file reads the same whatever brought it.
//
// - A byte order mark names the encoding: UTF-8, UTF-16 LE/BE, UTF-32 LE/BE (Unicode 15, §23.8 "Byte Order
//   Mark"). Windows tools write UTF-16 with a BOM; such a file is text, not binary. Kubernetes' YAML decoder
//   reads it too (go-yaml v2 readerc.go yaml_parser_determine_encoding: UTF-8 and UTF-16 BOMs).
// - Without a BOM the text is UTF-8. NUL bytes do not make it binary by themselves: bash drops them from a
//   script, and the engine models each reader (src/engine/side.ts readNulBytes). Binary is what git would
//   call binary AND is not text: a NUL in the first BINARY_SNIFF_BYTES with invalid UTF-8 or many control bytes.
// - An oversize file is not decoded; its first MAX_PARTIAL_BYTES are, so the engine can tell whether the
//   change touches a Service range key in it (src/engine/unreadable.ts reportUnreadableFile).


/** Larger files are not cluster configs; reading them would only cost memory (they are reported, never passed silently). */
const MAX_FILE_BYTES = 5 * 1024 * 1024;
/** git's own binary heuristic looks for a NUL in the first 8000 bytes (git xdiff-interface.c buffer_is_binary, FIRST_FEW_BYTES). */
const BINARY_SNIFF_BYTES = 8000;
/**
 * Decodes a file's bytes. `size` is the file's full size when `bytes` holds only its head (an oversize file,
 * of which callers keep at most MAX_PARTIAL_BYTES).
 */
function decodeText(bytes, size = bytes.length) {
    if (size > MAX_FILE_BYTES) {
        const head = bytes.subarray(0, MAX_PARTIAL_BYTES);
        const partial = decodeBom(head, false) ?? new TextDecoder('utf-8').decode(head);
        return { unreadable: `file is ${formatBytes(size)}, larger than the ${formatBytes(MAX_FILE_BYTES)} limit`, ...(partial ? { partial } : {}) };
    }
    const bom = bomOf(bytes);
    if (bom) {
        const text = decodeBom(bytes, true);
        if (text === null)
            return { unreadable: `not valid ${bom} text (it starts with a ${bom} byte order mark)`, partial: decodeBom(bytes, false) ?? undefined };
        return { text };
    }
    let text = null;
    try {
        text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    }
    catch {
        text = null;
    }
    if (looksBinary(bytes, text !== null))
        return { unreadable: 'binary content (NUL byte)' };
    if (text !== null)
        return { text };
    return { text: new TextDecoder('utf-8').decode(bytes), note: 'invalid UTF-8 was replaced by U+FFFD' };
}
/** A NUL in the sniffed head (git's test) and, beyond that, not text: invalid UTF-8, or over 10 % control bytes. */
function looksBinary(bytes, validUtf8) {
    const sniff = bytes.subarray(0, BINARY_SNIFF_BYTES);
    if (!sniff.includes(0))
        return false;
    if (!validUtf8)
        return true;
    let controls = 0;
    for (const b of sniff)
        if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c && b !== 0x1b)
            controls++;
    return controls * 10 > sniff.length;
}
function bomOf(b) {
    // UTF-32 LE before UTF-16 LE: FF FE 00 00 starts with the UTF-16 LE mark.
    if (b.length >= 4 && b[0] === 0xff && b[1] === 0xfe && b[2] === 0 && b[3] === 0)
        return 'UTF-32LE';
    if (b.length >= 4 && b[0] === 0 && b[1] === 0 && b[2] === 0xfe && b[3] === 0xff)
        return 'UTF-32BE';
    if (b.length >= 3 && b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf)
        return 'UTF-8';
    if (b.length >= 2 && b[0] === 0xff && b[1] === 0xfe)
        return 'UTF-16LE';
    if (b.length >= 2 && b[0] === 0xfe && b[1] === 0xff)
        return 'UTF-16BE';
    return null;
}
/**
 * Text of BOM-marked bytes without the mark, or null when they have no BOM or (fatal) are not valid in their
 * encoding. Not fatal: invalid sequences become U+FFFD (a cut oversize head, a partial view).
 */
function decodeBom(bytes, fatal) {
    const bom = bomOf(bytes);
    if (!bom)
        return null;
    try {
        if (bom === 'UTF-32LE' || bom === 'UTF-32BE')
            return decodeUtf32(bytes.subarray(4), bom === 'UTF-32LE', fatal);
        const label = bom === 'UTF-8' ? 'utf-8' : bom === 'UTF-16LE' ? 'utf-16le' : 'utf-16be';
        const body = bytes.subarray(bom === 'UTF-8' ? 3 : 2);
        if (!fatal && bom !== 'UTF-8' && body.length % 2 === 1)
            return new TextDecoder(label).decode(body.subarray(0, body.length - 1));
        return new TextDecoder(label, { fatal }).decode(body);
    }
    catch {
        return null;
    }
}
/** UTF-32 (TextDecoder has no UTF-32): code points above U+10FFFF or surrogates are invalid. */
function decodeUtf32(body, littleEndian, fatal) {
    const usable = body.length - (body.length % 4);
    if (fatal && usable !== body.length)
        return null;
    const view = new DataView(body.buffer, body.byteOffset, usable);
    const parts = [];
    let chunk = [];
    for (let i = 0; i < usable; i += 4) {
        let cp = view.getUint32(i, littleEndian);
        if (cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) {
            if (fatal)
                return null;
            cp = 0xfffd;
        }
        chunk.push(cp);
        if (chunk.length === 8192) {
            parts.push(String.fromCodePoint(...chunk));
            chunk = [];
        }
    }
    parts.push(String.fromCodePoint(...chunk));
    return parts.join('');
}
/** Reads a file from disk for decodeText: all of it up to MAX_FILE_BYTES, else only its head. */
async function readTextFile(file, size) {
    const want = size > MAX_FILE_BYTES ? MAX_PARTIAL_BYTES : size;
    const handle = await (0,promises_namespaceObject.open)(file, 'r');
    try {
        const buf = Buffer.alloc(want);
        let got = 0;
        while (got < want) {
            const { bytesRead } = await handle.read(buf, got, want - got, got);
            if (bytesRead === 0)
                break;
            got += bytesRead;
        }
        return decodeText(buf.subarray(0, got), Math.max(size, got));
    }
    finally {
        await handle.close();
    }
}
function formatBytes(n) {
    return n >= 1024 * 1024 ? `${(n / (1024 * 1024)).toFixed(1).replace(/\.0$/, '')} MiB` : `${n} bytes`;
}
/**
 * Puts decoded sides on a changed file: the text where it could be read; otherwise the reason (`unreadableReason`,
 * which the engine turns into a finding or a problem) and what could still be read, for the engine's key scan.
 * Shared by the git change source and the CLI's `diff` reader.
 */
function withDecodedSides(file, sides) {
    const reasons = [];
    const notes = [];
    for (const [side, content] of sides) {
        if (!content)
            continue;
        if ('unreadable' in content) {
            reasons.push(`${side}: ${content.unreadable}`);
            (file.unreadableSides ??= []).push(side);
            if (content.partial !== undefined)
                file[side] = content.partial;
        }
        else {
            file[side] = content.text;
            if (content.note)
                notes.push(`${side}: ${content.note}`);
        }
    }
    if (reasons.length > 0)
        file.unreadableReason = reasons.join('; ');
    if (notes.length > 0)
        file.notes = notes;
    return file;
}

;// CONCATENATED MODULE: ./src/changes/overlay-context.ts
// Reading the unchanged files of the base and head trees that a change's overlays need (issue 13), for any
// change source: the source supplies a TreeReader (git: `git ls-tree` + `git cat-file`; GitHub API: a GraphQL
// tree listing and a blob batch), this module decides what to read (src/overlays/stacks.ts contextPathsFor)
// and hands each changed overlay its stack as ChangedFile.context.
//
// The mechanism is not tied to overlays: a format that needs sibling files by path (a terraform.tfvars beside
// variables.tf, a vars file next to a playbook) can add a request kind to contextPathsFor and read its answer
// from ChangedFile.context the same way.

/**
 * Each changed overlay's stack, by the overlay's path. Zero reads when the change has no overlay. Throws when the
 * reader does (the caller marks the overlays' context unreadable: fail closed in the engine).
 */
async function readOverlayContext(changedPaths, reader) {
    const out = new Map();
    const request = contextPathsFor(changedPaths);
    if (request.stacks.size === 0)
        return out;
    const [listedBefore, listedAfter] = [await reader.list('before', request.dirs), await reader.list('after', request.dirs)];
    const members = new Map();
    for (const stack of request.stacks.values()) {
        const names = [...new Set([...(listedBefore.get(stack.dir) ?? []), ...(listedAfter.get(stack.dir) ?? [])])];
        members.set(stack.key, [...stack.bases, ...membersOf(stack, names)]);
    }
    // Changed members of a stack are read again here: their text at both revisions is part of the stack.
    const paths = [...new Set([...members.values()].flat())];
    const [before, after] = [await reader.read('before', paths), await reader.read('after', paths)];
    for (const path of changedPaths) {
        const stack = [...request.stacks.values()].find((s) => s.dir === overlay_context_dirOf(path) && s.isMember(path.slice(path.lastIndexOf('/') + 1)));
        if (!stack)
            continue;
        out.set(path, members
            .get(stack.key)
            .filter((p) => p !== path)
            .map((p) => contextFile(p, before.get(p), after.get(p))));
    }
    return out;
}
function overlay_context_dirOf(path) {
    const i = path.lastIndexOf('/');
    return i < 0 ? '' : path.slice(0, i);
}
function contextFile(path, before, after) {
    const file = { path };
    const reasons = [];
    for (const [side, content] of [
        ['before', before],
        ['after', after],
    ]) {
        if (content && 'text' in content)
            file[side] = content.text;
        else if (content && 'unreadable' in content)
            reasons.push(`${side === 'before' ? 'base' : 'head'}: ${content.unreadable}`);
    }
    if (reasons.length)
        file.unreadable = reasons.join('; ');
    return file;
}
/** Puts each overlay's stack on its changed file, or the reason it could not be read. */
function attachContext(file, context) {
    if ('error' in context) {
        if (contextPathsFor([file.path]).stacks.size > 0)
            file.contextUnreadable = context.error;
        return file;
    }
    const stack = context.get(file.path);
    if (stack)
        file.context = stack;
    return file;
}

;// CONCATENATED MODULE: ./src/changes/symlinks.ts
// Symlinks inside the repository (issue 13, item 3): a config replaced by a symlink to another file of the
// repository, or a symlink whose target changes, is read as the target's content at that revision — what the
// program that opens the path reads. git stores a symlink as a blob of mode 120000 whose content is the target
// path (git's Documentation/technical: "symlinks are stored as blobs containing the link target"), and GitHub's
// contents API answers `type: "symlink"` with that `target`. A target is resolved relative to the link's directory,
// within the repository only, following at most MAX_SYMLINK_HOPS links; a target outside the repository, absent
// (dangling) or a loop is reported as unreadable, so the engine fails closed when the old side set a range.

/** Links followed from one path before the gate gives up (the kernel allows 40; real repositories use one). */
const MAX_SYMLINK_HOPS = 5;
/** git's file mode of a symlink (git-diff(1) raw format, `git ls-tree`). */
const SYMLINK_MODE = '120000';
/**
 * The repository path a symlink at `linkPath` (repository-relative, `/`-separated) points to, or why it points
 * nowhere the gate may read: an absolute target, or one that climbs out of the repository.
 */
function symlinkTarget(linkPath, target) {
    const t = target.replace(/\n$/, '');
    if (t === '')
        return { problem: 'a symlink with an empty target' };
    if (t.startsWith('/'))
        return { problem: `a symlink to ${t}, outside the repository` };
    const resolved = external_node_path_default().posix.normalize(external_node_path_default().posix.join(external_node_path_default().posix.dirname(linkPath), t));
    if (resolved === '..' || resolved.startsWith('../'))
        return { problem: `a symlink to ${t}, outside the repository` };
    if (resolved === '.' || resolved.endsWith('/'))
        return { problem: `a symlink to ${t}, a directory` };
    return { path: resolved };
}
/**
 * Follows the symlink at `linkPath` (whose target text is `target`) to a file, through `lookup`. Returns the file's
 * content with a note naming the path it was read from, or the reason it cannot be read (unreadable: the engine's
 * fail-closed rules apply).
 */
async function followSymlink(linkPath, target, lookup) {
    const seen = new Set([linkPath]);
    let at = linkPath;
    let to = target;
    for (let hop = 0; hop < MAX_SYMLINK_HOPS; hop++) {
        const next = symlinkTarget(at, to);
        if ('problem' in next)
            return { unreadable: `${at} is ${next.problem}; the gate reads only files of the repository` };
        if (seen.has(next.path))
            return { unreadable: `${linkPath} is a symlink loop (through ${next.path})` };
        seen.add(next.path);
        const entry = await lookup(next.path);
        if (entry.kind === 'missing')
            return { unreadable: `${linkPath} is a symlink to ${next.path}, which does not exist${entry.why ? ` (${entry.why})` : ''} (a dangling link)` };
        if (entry.kind === 'file') {
            const c = entry.content;
            if ('unreadable' in c)
                return {
                    unreadable: `${linkPath} is a symlink to ${next.path}: ${c.unreadable}`,
                    ...(c.partial !== undefined ? { partial: c.partial } : {}),
                };
            const note = `a symlink to ${next.path}, read as that file's content`;
            return { text: c.text, note: c.note ? `${note}; ${c.note}` : note };
        }
        at = next.path;
        to = entry.target;
    }
    return { unreadable: `${linkPath} is a symlink chain longer than ${MAX_SYMLINK_HOPS} links` };
}

;// CONCATENATED MODULE: ./src/changes/git.ts
// Local git change source (SPEC §6 command line, §8 "local git: zero API calls"). Lists the changed
// files between two revisions (or a revision and the working tree) and reads both sides' contents.
// git is spawned with an argv array, never through a shell: paths and revisions come from users and PRs.








/** git's empty tree (`git hash-object -t tree /dev/null`): the base of a repository's first commit. */
const EMPTY_TREE = '4b825dc642cb6eb9a060e54bf8d69288fbee4904';
// Decoding (BOMs, NUL bytes, oversize heads) is shared with the GitHub API source and the CLI: decode-text.ts.

/** Changed files between two revisions, with renames, both sides' text read through one `git cat-file --batch`. */
async function readGitChanges(options) {
    const files = [];
    for await (const file of streamGitChanges(options))
        files.push(file);
    return files;
}
/**
 * The same files as readGitChanges, one at a time as `git cat-file --batch` streams them (issue 11: flat cost).
 * The change list is read first (paths and blob ids only); each file's text is handed out as soon as both of its
 * sides have arrived and is not kept here, and git waits (pipe back-pressure) while the consumer works, so memory
 * stays bounded by one file plus the pipe buffers at any change size. Files `options.include` rejects are
 * neither read nor yielded.
 */
async function* streamGitChanges(options) {
    const cwd = options.cwd;
    const top = (await git(cwd, ['rev-parse', '--show-toplevel'])).toString('utf8').trim();
    const { base, how: baseHow } = options.resolvedBase ?? (await resolveBase(cwd, options.base));
    const head = options.head === undefined ? undefined : await resolveCommit(cwd, options.head, 'head');
    options.onRange?.({ base, baseHow, head });
    const pathspecs = options.pathspecs ?? [];
    // --no-relative: paths from the repository root whatever diff.relative says, so `<rev>:<path>` and
    // the reported paths agree with what GitHub shows. -M: renames (SPEC §3: old = previous path's content).
    // --raw --no-abbrev: each side's blob id, so cat-file reads objects by id (about twice as fast as
    // resolving `<rev>:<path>` for every file, and safe for any path, newlines included).
    const diffArgs = ['diff', '--raw', '-z', '-M', '--no-abbrev', '--no-relative', '--no-color', '--no-ext-diff', base];
    if (head !== undefined)
        diffArgs.push(head);
    diffArgs.push('--', ...pathspecs);
    let entries = parseRawDiff(await git(cwd, diffArgs));
    if (head === undefined) {
        // The working tree as head includes files not yet added (`--full-name`: root-relative like diff).
        const untracked = await git(cwd, ['ls-files', '-z', '--others', '--exclude-standard', '--full-name', '--', ...pathspecs]);
        for (const p of splitZ(untracked)) {
            if (!p.endsWith('/'))
                entries.push({ status: 'A', path: p }); // a trailing slash is a nested repository
        }
    }
    const changedPaths = entries.flatMap((e) => (e.previousPath !== undefined ? [e.path, e.previousPath] : [e.path]));
    const include = options.include;
    if (include)
        entries = entries.filter((e) => include(e.path, e.previousPath));
    if (options.terraformNeighbours) {
        // One `git ls-tree` per directory and one `git cat-file --batch` at the head (the working tree when head is undefined).
        const read = entries.filter((e) => options.pathOnly?.(e.path, e.previousPath) !== true);
        const seen = new Set(read.flatMap((e) => (e.previousPath !== undefined ? [e.path, e.previousPath] : [e.path])));
        await readTerraformNeighbours(changedPaths, [...seen], gitTreeReader(top, base, head), options.terraformNeighbours);
        withholdDirectories(options.terraformNeighbours, changedPaths.filter((p) => !seen.has(p)));
    }
    // Issue 13: the unchanged files of the changed overlays' stacks, at both revisions (src/changes/overlay-context.ts).
    const overlayContext = await readOverlayContext(entries.map((e) => e.path), gitTreeReader(top, base, head)).catch((e) => ({ error: `the files this overlay overrides could not be read from git: ${e instanceof Error ? e.message : String(e)}` }));
    const blobRequests = [];
    const plan = entries.map((e) => {
        const skip = options.pathOnly?.(e.path, e.previousPath) === true;
        const beforePath = e.status === 'A' || e.status === 'C' || skip ? undefined : (e.previousPath ?? e.path);
        const afterPath = e.status === 'D' || skip ? undefined : e.path;
        const before = beforePath !== undefined && !!e.oldBlob;
        // Against the working tree git reports no blob id for the new side (all zeros): it is read from disk.
        const after = afterPath !== undefined && head !== undefined && !!e.newBlob;
        if (before)
            blobRequests.push(e.oldBlob);
        if (after)
            blobRequests.push(e.newBlob);
        return { e, afterPath, before, after };
    });
    entries = [];
    const blobs = catFileStream(cwd, blobRequests);
    const next = async () => {
        const r = await blobs.next();
        if (r.done)
            throw new Error('git cat-file answered fewer objects than asked for');
        return r.value;
    };
    try {
        for (const p of plan) {
            const file = { path: p.e.path };
            if (p.e.status === 'R' && p.e.previousPath)
                file.previousPath = p.e.previousPath;
            let beforeContent = p.before ? await next() : undefined;
            let afterContent = p.after
                ? await next()
                : p.afterPath !== undefined && head === undefined
                    ? await readWorkingTree(top, p.afterPath)
                    : undefined;
            // A symlink is read as its target's content at that revision (src/changes/symlinks.ts); rare, so each is
            // resolved with its own small git calls.
            let brokenBase;
            if (p.e.oldLink && beforeContent && 'text' in beforeContent) {
                beforeContent = await followSymlink(p.e.previousPath ?? p.e.path, beforeContent.text, (q) => git_entryAt(cwd, base, q));
                // A base-side link that led nowhere gave no reader a config: the file is new to this change.
                if ('unreadable' in beforeContent && beforeContent.partial === undefined)
                    [brokenBase, beforeContent] = [beforeContent.unreadable, undefined];
            }
            if (p.e.newLink && p.after && afterContent && 'text' in afterContent) {
                afterContent = await followSymlink(p.e.path, afterContent.text, (q) => git_entryAt(cwd, head, q));
            }
            withDecodedSides(file, [
                ['before', beforeContent],
                ['after', afterContent],
            ]);
            if (brokenBase)
                (file.notes ??= []).push(`before: ${brokenBase}; read as absent`);
            yield attachContext(file, overlayContext);
        }
        // Drains the stream: the exit status of cat-file is checked there.
        if (!(await blobs.next()).done)
            throw new Error('git cat-file answered more objects than asked for');
    }
    finally {
        await blobs.return(undefined);
    }
}
const NULL_ID = /^0+$/;
/**
 * `git diff --raw -z --no-abbrev`: `:<mode> <mode> <old id> <new id> <status>\0<path>\0`, with two paths for
 * renames and copies (`R<score>`, `C<score>`) — git-diff(1) "Raw output format". Statuses: A, C, D, M, R, T
 * (type change), U (unmerged), X.
 */
function parseRawDiff(out) {
    const parts = splitZ(out);
    const entries = [];
    for (let i = 0; i < parts.length;) {
        const meta = parts[i++];
        if (!meta.startsWith(':'))
            continue;
        const [oldMode, newMode, oldId, newId, statusField = ''] = meta.slice(1).split(' ');
        const status = statusField.charAt(0);
        const entry = { status, path: '' };
        if (oldMode === SYMLINK_MODE)
            entry.oldLink = true;
        if (newMode === SYMLINK_MODE)
            entry.newLink = true;
        if (status === 'R' || status === 'C') {
            entry.previousPath = parts[i++];
        }
        entry.path = parts[i++];
        if (oldId && !NULL_ID.test(oldId))
            entry.oldBlob = oldId;
        if (newId && !NULL_ID.test(newId))
            entry.newBlob = newId;
        entries.push(entry);
    }
    return entries;
}
function splitZ(out) {
    const s = out.toString('utf8');
    return s.split('\0').filter((x, i, all) => !(x === '' && i === all.length - 1));
}
/**
 * One file's text at a revision (the gate config at the base, SPEC §9): undefined when the revision has no
 * such file; throws when it is there but cannot be read as text.
 */
async function readGitFileAt(cwd, rev, file) {
    let content;
    for await (const c of catFileStream(cwd, [`${rev}:${file}`]))
        content ??= c;
    if (!content)
        throw new Error(`Cannot read ${file} at ${rev.slice(0, 12)}: git cat-file gave no answer`);
    if ('text' in content)
        return content.text;
    if (/^not found in git/.test(content.unreadable))
        return undefined;
    throw new Error(`Cannot read ${file} at ${rev.slice(0, 12)}: ${content.unreadable}`);
}
/**
 * Pathspecs that select no changed file between `base` and `head` (the working tree when undefined, new
 * untracked files included): asked of git itself, one spec at a time, so git's own pathspec rules apply.
 */
async function unmatchedPathspecs(cwd, base, head, pathspecs) {
    const out = [];
    // Exclude magic (`:!x`, `:(exclude)x`) selects nothing on its own; it narrows the others.
    for (const spec of pathspecs.filter((p) => !/^:(!|\^|\([^)]*exclude)/.test(p))) {
        const diffArgs = ['diff', '--name-only', '-z', '--no-relative', '--no-ext-diff', base];
        if (head !== undefined)
            diffArgs.push(await resolveCommit(cwd, head, 'head'));
        diffArgs.push('--', spec);
        if ((await git(cwd, diffArgs)).length > 0)
            continue;
        if (head === undefined && (await git(cwd, ['ls-files', '-z', '--others', '--exclude-standard', '--', spec])).length > 0)
            continue;
        out.push(spec);
    }
    return out;
}
/**
 * The base commit the CLI compares with (SPEC §6): `base` resolved, or the merge base with the upstream, else
 * HEAD~1, else the empty tree before a first commit; `how` says which, in words.
 */
async function resolveBaseRevision(cwd, base) {
    // Outside a repository, say so (git's own message) rather than "no upstream".
    await git(cwd, ['rev-parse', '--show-toplevel']);
    return resolveBase(cwd, base);
}
async function resolveBase(cwd, base) {
    // Before the first commit HEAD names no commit: everything in the working tree is new, so the base is the
    // empty tree (what git's own sample pre-commit hook compares with). Only for HEAD, given or default, and
    // only once resolving it failed (no extra git call on the common path).
    const emptyTree = { base: EMPTY_TREE, how: 'the empty tree (no commit yet)' };
    if (base !== undefined) {
        try {
            return { base: await resolveCommit(cwd, base, 'base'), how: `--base ${base}` };
        }
        catch (e) {
            if (base === 'HEAD' && (await unbornHead(cwd)))
                return emptyTree;
            throw e;
        }
    }
    // SPEC §6: default base = merge base with the upstream of the current branch, else HEAD~1.
    try {
        return { base: (await git(cwd, ['merge-base', 'HEAD', '@{upstream}'])).toString('utf8').trim(), how: 'merge base with the upstream branch' };
    }
    catch {
        try {
            return { base: await resolveCommit(cwd, 'HEAD~1', 'base'), how: 'HEAD~1 (the branch has no upstream)' };
        }
        catch {
            if (await unbornHead(cwd))
                return emptyTree;
            throw new Error('Cannot choose a base revision: the current branch has no upstream and HEAD~1 does not exist. Pass --base REV.');
        }
    }
}
/** True when HEAD is a branch with no commit yet (a new repository). */
async function unbornHead(cwd) {
    try {
        await git(cwd, ['rev-parse', '--verify', '--quiet', 'HEAD^{commit}']);
        return false;
    }
    catch {
        // `symbolic-ref HEAD` succeeds for an unborn branch; a detached or broken HEAD is not "no commit yet".
        try {
            await git(cwd, ['symbolic-ref', '--quiet', 'HEAD']);
            return true;
        }
        catch {
            return false;
        }
    }
}
async function resolveCommit(cwd, rev, what) {
    // A leading '-' would be read as an option by git; a revision never starts with one.
    if (rev.startsWith('-') || rev.includes('\n') || rev === '')
        throw new Error(`Invalid ${what} revision '${rev}'.`);
    try {
        return (await git(cwd, ['rev-parse', '--verify', '--quiet', '--end-of-options', `${rev}^{commit}`])).toString('utf8').trim();
    }
    catch {
        throw new Error(`Unknown ${what} revision '${rev}': not a commit in this repository.`);
    }
}
async function readWorkingTree(top, file) {
    const entry = await workingTreeEntry(top, file);
    if (entry.kind === 'file')
        return entry.content;
    if (entry.kind === 'missing')
        return { unreadable: entry.why ?? 'cannot read the working tree file' };
    // A symlink is read as its target inside the repository (src/changes/symlinks.ts), never followed out of it.
    return followSymlink(file, entry.target, (q) => workingTreeEntry(top, q));
}
/** What a repository path holds in the working tree, without following a symlink. */
async function workingTreeEntry(top, file) {
    const full = external_node_path_default().join(top, file);
    try {
        const st = await (0,promises_namespaceObject.lstat)(full);
        if (st.isSymbolicLink())
            return { kind: 'link', target: await (0,promises_namespaceObject.readlink)(full) };
        if (!st.isFile())
            return { kind: 'file', content: { unreadable: 'not a regular file' } };
        return { kind: 'file', content: await readTextFile(full, st.size) };
    }
    catch (e) {
        const code = e.code;
        if (code === 'ENOENT' || code === 'ENOTDIR')
            return { kind: 'missing' };
        return { kind: 'missing', why: `cannot read the working tree file (${code ?? String(e)})` };
    }
}
/**
 * What a repository path holds at a commit, without following a symlink (`git ls-tree --full-tree`, literal
 * pathspec; a path through a symlinked directory is not resolved and reads as missing).
 */
async function git_entryAt(cwd, rev, file) {
    if (file.includes('\n'))
        return { kind: 'missing', why: 'path contains a line break' };
    const out = (await git(cwd, ['--literal-pathspecs', 'ls-tree', '-z', '--full-tree', rev, '--', file])).toString('utf8');
    const m = /^(\d+) (\S+) ([0-9a-f]+)\t/.exec(out);
    if (!m || out.slice(m[0].length).split('\0')[0] !== file)
        return { kind: 'missing' };
    if (m[2] !== 'blob')
        return { kind: 'file', content: { unreadable: `not a file (git ${m[2]})` } };
    let content;
    for await (const c of catFileStream(cwd, [m[3]]))
        content ??= c;
    if (!content)
        return { kind: 'missing', why: 'git cat-file gave no answer' };
    if (m[1] !== SYMLINK_MODE)
        return { kind: 'file', content };
    return 'text' in content ? { kind: 'link', target: content.text } : { kind: 'file', content };
}
/** Runs git with an argv (no shell) and returns stdout; rejects with git's first stderr line. */
function git(cwd, args, input) {
    return new Promise((resolve, reject) => {
        const child = (0,external_node_child_process_namespaceObject.spawn)('git', args, { cwd, env: gitEnv(), stdio: ['pipe', 'pipe', 'pipe'] });
        const out = [];
        const err = [];
        child.stdout.on('data', (d) => out.push(d));
        child.stderr.on('data', (d) => err.push(d));
        child.on('error', (e) => reject(new Error(`cannot run git: ${e.message}`)));
        child.on('close', (code) => {
            if (code === 0)
                resolve(Buffer.concat(out));
            else
                reject(new Error(`git ${args[0]} failed: ${git_firstLine(Buffer.concat(err).toString('utf8')) || `exit status ${code}`}`));
        });
        child.stdin.end(input);
    });
}
function gitEnv() {
    // Never prompt (no terminal in CI), and keep git's messages in English for the error text. The action's
    // inputs (INPUT_GITHUB-TOKEN among them) are not git's business: git gets no token.
    const env = { ...process.env, GIT_TERMINAL_PROMPT: '0', LC_ALL: 'C' };
    for (const name of Object.keys(env))
        if (name.startsWith('INPUT_'))
            delete env[name];
    return env;
}
function git_firstLine(s) {
    return s.trim().split('\n')[0] ?? '';
}
/**
 * git's own memory while it streams a large change: pack windows are mmap'd (core.packedGitWindowSize, 1 GiB
 * by default on 64-bit) and touched pages count as its resident memory, plus a delta base cache (96 MiB by
 * default) — git-config(1) core.packedGitWindowSize / core.packedGitLimit / core.deltaBaseCacheLimit. On a
 * 10,000-file range of a 460 MB pack, cat-file alone reached 220 MB; with these bounds it stays near 70 MB and
 * is no slower (objects are read once, in order, so a large cache buys nothing).
 */
const CAT_FILE_MEMORY_BOUNDS = ['-c', 'core.packedGitWindowSize=16m', '-c', 'core.packedGitLimit=64m', '-c', 'core.deltaBaseCacheLimit=16m'];
/**
 * Reads many blobs through ONE `git cat-file --batch` process (git-cat-file(1) "BATCH OUTPUT"):
 * per request `<oid> <type> <size>\n<content>\n`, or `<object> missing\n`. Yields one answer per request, in
 * order, as the output streams: the consumer's pace holds git back (the stdout pipe fills), so only the objects
 * not yet consumed are in memory, and a file over MAX_FILE_BYTES is skipped without being held at all.
 */
async function* catFileStream(cwd, requests) {
    // The batch protocol is line-based: a path with a newline cannot be asked for (git 2.39 has no -z).
    const sendable = requests.filter((r) => !r.includes('\n'));
    if (sendable.length === 0) {
        for (const _ of requests)
            yield { unreadable: 'path contains a line break' };
        return;
    }
    const child = (0,external_node_child_process_namespaceObject.spawn)('git', [...CAT_FILE_MEMORY_BOUNDS, 'cat-file', '--batch'], { cwd, env: gitEnv(), stdio: ['pipe', 'pipe', 'pipe'] });
    const err = [];
    let spawnError;
    const closed = new Promise((resolve) => {
        child.on('error', (e) => {
            spawnError = e;
            resolve(null);
        });
        child.on('close', (code) => resolve(code));
    });
    child.stderr.on('data', (d) => err.push(d));
    child.stdin.on('error', () => undefined); // reported through 'close'
    child.stdin.end(sendable.map((r) => `${r}\n`).join(''));
    const parser = new BatchParser();
    const ready = [];
    let i = 0;
    let answered = 0;
    let done = false;
    try {
        const chunks = child.stdout[Symbol.asyncIterator]();
        while (i < requests.length) {
            if (requests[i].includes('\n')) {
                i++;
                yield { unreadable: 'path contains a line break' };
                continue;
            }
            while (ready.length === 0) {
                const r = await chunks.next();
                if (r.done)
                    break;
                parser.push(r.value);
                ready.push(...parser.take());
            }
            const answer = ready.shift();
            if (answer === undefined)
                break;
            answered++;
            i++;
            yield answer;
        }
        const code = await closed;
        if (spawnError)
            throw new Error(`cannot run git: ${spawnError.message}`);
        if (code !== 0)
            throw new Error(`git cat-file failed: ${git_firstLine(Buffer.concat(err).toString('utf8')) || `exit status ${code}`}`);
        if (answered !== sendable.length)
            throw new Error(`git cat-file answered ${answered} of ${sendable.length} requests`);
        done = true;
    }
    finally {
        // A consumer that stops early (an error downstream) must not leave git running.
        if (!done && child.exitCode === null && child.signalCode === null)
            child.kill();
    }
}
/** Incremental parser of `git cat-file --batch` output. */
class BatchParser {
    buf = Buffer.alloc(0);
    answers = [];
    /** The object being read: its size, type, bytes kept so far (none when skipped), bytes still to come. */
    current = null;
    push(data) {
        this.buf = this.buf.length === 0 ? data : Buffer.concat([this.buf, data]);
        for (;;) {
            if (this.current) {
                if (this.current.remaining > 0) {
                    const take = Math.min(this.current.remaining, this.buf.length);
                    if (take === 0)
                        return;
                    const kept = this.current.size - this.current.remaining;
                    if (kept < this.current.keep)
                        this.current.chunks?.push(this.buf.subarray(0, Math.min(take, this.current.keep - kept)));
                    this.buf = this.buf.subarray(take);
                    this.current.remaining -= take;
                    if (this.current.remaining > 0)
                        return;
                }
                if (this.buf.length === 0)
                    return; // the newline after the content has not arrived yet
                this.buf = this.buf.subarray(1);
                this.answers.push(this.finishObject(this.current));
                this.current = null;
                continue;
            }
            const nl = this.buf.indexOf(10);
            if (nl < 0)
                return;
            const header = this.buf.subarray(0, nl).toString('utf8');
            this.buf = this.buf.subarray(nl + 1);
            const m = /^[0-9a-f]+ (\S+) (\d+)$/.exec(header);
            if (!m) {
                // `<object> missing` / `<object> ambiguous`: a path that is not in that revision.
                this.answers.push({ unreadable: `not found in git (${header.slice(header.lastIndexOf(' ') + 1)})` });
                continue;
            }
            const size = Number(m[2]);
            // An oversize blob keeps only its head (MAX_PARTIAL_BYTES), for the engine's range key scan.
            const keep = m[1] === 'blob' ? (size <= MAX_FILE_BYTES ? size : MAX_PARTIAL_BYTES) : 0;
            this.current = { type: m[1], size, chunks: keep > 0 ? [] : null, keep, remaining: size };
        }
    }
    finishObject(o) {
        // A submodule (gitlink) or a directory is not a file we can read.
        if (o.type !== 'blob')
            return { unreadable: `not a file (git ${o.type})` };
        if (!o.chunks)
            return decodeText(Buffer.alloc(0), o.size);
        return decodeText(Buffer.concat(o.chunks), o.size);
    }
    /** The answers completed since the last call. */
    take() {
        const out = this.answers;
        this.answers = [];
        return out;
    }
}
/**
 * Issue 13: unchanged files of the base and head trees, for the overlays' stacks (src/changes/overlay-context.ts).
 * Listings by `git ls-tree`, contents through one `git cat-file --batch` per revision; head undefined = the
 * working tree, read from disk.
 */
function gitTreeReader(top, base, head) {
    const commitOf = (rev) => (rev === 'before' ? base : head);
    return {
        async list(rev, dirs) {
            const out = new Map(dirs.map((d) => [d, []]));
            const commit = commitOf(rev);
            for (const d of dirs) {
                if (commit === undefined) {
                    const entries = await (0,promises_namespaceObject.readdir)(external_node_path_default().join(top, d), { withFileTypes: true }).catch(() => []);
                    out.set(d, entries.filter((e) => e.isFile() || e.isSymbolicLink()).map((e) => e.name));
                    continue;
                }
                // Blobs only (a sub-directory is no overlay); `<dir>/` lists the directory's own entries.
                const raw = await git(top, ['ls-tree', '-z', '--full-tree', commit, '--', ...(d === '' ? [] : [`${d}/`])]);
                for (const entry of splitZ(raw)) {
                    const tab = entry.indexOf('\t');
                    if (entry.slice(0, tab).split(' ')[1] !== 'blob')
                        continue;
                    const p = entry.slice(tab + 1);
                    out.get(d).push(p.slice(p.lastIndexOf('/') + 1));
                }
            }
            return out;
        },
        async read(rev, paths) {
            const out = new Map();
            const commit = commitOf(rev);
            const asContent = (c) => 'text' in c ? { text: c.text } : /^not found in git/.test(c.unreadable) ? { missing: true } : { unreadable: c.unreadable };
            if (commit === undefined) {
                for (const p of paths) {
                    const there = await (0,promises_namespaceObject.lstat)(external_node_path_default().join(top, p)).then(() => true, () => false);
                    out.set(p, there ? asContent(await readWorkingTree(top, p)) : { missing: true });
                }
                return out;
            }
            let i = 0;
            for await (const c of catFileStream(top, paths.map((p) => `${commit}:${p}`)))
                out.set(paths[i++], asContent(c));
            return out;
        },
    };
}

;// CONCATENATED MODULE: ./src/report/json.ts
// JSON report, version 1 (SPEC §6): the contract other programs parse (the action's `report` output,
// `--format json`). Keys are written in the documented order, whatever order the engine built them in,
// so diffs of two reports stay readable and consumers that stream the text see a stable layout.
/** Finding keys in SPEC §6 order. Additions go at the end; renames are a breaking change (version 2). */
const FINDING_KEYS = [
    'rule',
    'level',
    'file',
    'line',
    'column',
    'endLine',
    'endColumn',
    'format',
    'component',
    'setting',
    'before',
    'after',
    'message',
    'remediation',
    'suppressed',
];
const PROBLEM_KEYS = (/* unused pure expression or super */ null && (['file', 'line', 'message']));
/** The report as plain data in contract order (used by the action's `report` output too). */
function toJsonReport(report) {
    return {
        version: 1,
        blocked: report.blocked,
        findings: report.findings.map(orderFinding),
        problems: report.problems.map(orderProblem),
        // An addition (allowed by SPEC §6): changed files not read as cluster configs, per reason (src/file-kind.ts).
        ...(report.skipped ? { skipped: { ...report.skipped } } : {}),
    };
}
/** `--format json`: 2-space indent and a final newline, as a file on disk would have. */
function renderJson(report) {
    return `${stringifyForLogs(toJsonReport(report))}\n`;
}
function orderFinding(f) {
    const out = {};
    for (const key of FINDING_KEYS)
        out[key] = key === 'before' || key === 'after' ? (f[key] ?? null) : f[key];
    // An addition (allowed by SPEC §6): who or what suppressed the finding, only when it is suppressed.
    if (f.suppressed && f.suppressedBy !== undefined)
        out.suppressedBy = f.suppressedBy;
    return out;
}
function orderProblem(p) {
    return { file: p.file, line: p.line, message: p.message };
}
/**
 * JSON.stringify with `##[` written as `#\u0023[`: the same string once parsed, but not the legacy workflow
 * command the Actions runner would execute when the report is printed to a CI log (values come from the PR).
 */
function stringifyForLogs(value) {
    return JSON.stringify(value, null, 2).replace(/##\[/g, '#\\u0023[');
}

;// CONCATENATED MODULE: external "node:util"
const external_node_util_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util");
;// CONCATENATED MODULE: ./src/cli/suggest.ts
// "Did you mean": the closest known word to a mistyped option or command, as git and kubectl suggest.
/** Optimal string alignment distance (Levenshtein plus the swap of two neighbours, e.g. fromat/format). */
function editDistance(a, b) {
    const d = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
    for (let i = 1; i <= a.length; i++) {
        for (let j = 1; j <= b.length; j++) {
            const cost = a[i - 1] === b[j - 1] ? 0 : 1;
            d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost);
            if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
                d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
        }
    }
    return d[a.length][b.length];
}
/**
 * The known word closest to `word`, when it is close enough to be a typo: at most 2 edits, and fewer edits
 * than half the word (so `ls` never becomes `rules`). A prefix of exactly one candidate also counts
 * (`--kube` -> `--kubernetes-version`).
 */
function closest(word, candidates) {
    const prefixed = candidates.filter((c) => word.length >= 3 && c.startsWith(word));
    if (prefixed.length === 1)
        return prefixed[0];
    let best;
    let bestDistance = Infinity;
    for (const c of candidates) {
        const dist = editDistance(word, c);
        if (dist < bestDistance) {
            best = c;
            bestDistance = dist;
        }
    }
    return best !== undefined && bestDistance <= 2 && bestDistance * 2 < word.length ? best : undefined;
}

;// CONCATENATED MODULE: ./src/cli/args.ts
// Command-line arguments -> one typed settings object (the actions/checkout getInputs() pattern): every
// invalid value is rejected here with a sentence that names the value and what is accepted.


const FORMATS = ['text', 'json', 'sarif', 'markdown', 'github', 'rdjson', 'junit', 'gitlab'];
const FAIL_ON = ['error', 'warning', 'notice', 'never'];
const COLOR_MODES = ['auto', 'always', 'never'];
/** Command words: a first positional equal to one of these is a command, not a pathspec. */
const COMMANDS = ['diff', 'demo', 'rules', 'explain', 'help', 'version'];
/** A mistake in how the command was called: exit status 2, the message on stderr. */
class UsageError extends Error {
}
const USAGE = `Usage:
  service-cidr-guard [options] [--base REV] [--head REV] [pathspec...]
      Scan the changes between two git revisions of the repository in the current directory.
      Default base: the merge base with the upstream of the current branch, else HEAD~1.
      Default head: the working tree (untracked files count as added).
  service-cidr-guard [options] diff OLD NEW
      Compare two versions of one file; either may be /dev/null (added / deleted file) or - (standard
      input), and process substitution works: diff <(git show HEAD~1:f.yaml) f.yaml
  service-cidr-guard [options] demo DIR
      Run every DIR/<case>/{before,after}.* pair and summarise the rules seen (always exits 0).
  service-cidr-guard rules
      List the rules with their default level and title.
  service-cidr-guard explain RULE
      What RULE means, what the cluster does, and the safe next step (the text of docs/rules.md).

Options:
  --format FORMAT                     console output: text (default), json, sarif, markdown, github (workflow
                                      commands), rdjson (reviewdog), junit (JUnit XML), gitlab (Code Quality)
  --output FORMAT=FILE                also write the report in FORMAT to FILE (repeatable), e.g.
                                      --output sarif=results.sarif --output junit=junit.xml
  --color auto|always|never           colour the text output (default auto: on a terminal; FORCE_COLOR forces
                                      it, NO_COLOR or TERM=dumb turns it off)
  --fail-on error|warning|notice|never
                                      lowest level that fails the run with exit status 1 (default: error)
  --kubernetes-version X.Y            Kubernetes version to assume when a file does not say (default: newest rules)
  --config FILE                       repository config file (rule levels, paths, exclude)
  -h, --help                          show this help
  -V, --version                       show the version

Exit status: 0 nothing at or above --fail-on, 1 blocking findings, 2 usage or runtime error.
A pathspec named like a command (diff, demo, rules, explain, help, version) goes after '--'.
The CLI says on stderr which base and head it compared.
`;
function parseCliArgs(argv) {
    let parsed;
    try {
        parsed = parse(argv);
    }
    catch (e) {
        throw new UsageError(args_describeParseError(e));
    }
    const { values, positionals, tokens } = parsed;
    const format = oneOf('--format', values.format ?? 'text', FORMATS);
    const failOn = oneOf('--fail-on', values['fail-on'] ?? 'error', FAIL_ON);
    const kubernetesVersion = values['kubernetes-version'] === undefined ? undefined : parseVersion(values['kubernetes-version']);
    const color = oneOf('--color', values.color ?? 'auto', COLOR_MODES);
    const outputs = (values.output ?? []).map(parseOutputFile);
    const base = { format, failOn, kubernetesVersion, configFile: values.config, color, outputs };
    if (values.help)
        return { ...base, command: { kind: 'help' } };
    if (values.version)
        return { ...base, command: { kind: 'version' } };
    // A first positional given after `--` is a pathspec, never a command name.
    const firstPositional = tokens.find((t) => t.kind === 'positional' || t.kind === 'option-terminator');
    const commandWord = firstPositional?.kind === 'positional' ? positionals[0] : undefined;
    if (commandWord === 'help')
        return { ...base, command: { kind: 'help' } };
    if (commandWord === 'version')
        return { ...base, command: { kind: 'version' } };
    if (commandWord === 'rules' || commandWord === 'explain') {
        const args = positionals.slice(1);
        if (commandWord === 'rules') {
            if (args.length > 0)
                throw new UsageError(`'rules' takes no arguments (got ${args.length}). To read one rule: service-cidr-guard explain RULE.`);
            return { ...base, command: { kind: 'rules' } };
        }
        if (args.length !== 1)
            throw new UsageError(`'explain' takes one rule id (got ${args.length}). List them with: service-cidr-guard rules.`);
        return { ...base, command: { kind: 'explain', rule: args[0] } };
    }
    if (commandWord !== undefined && !COMMANDS.includes(commandWord) && /^[a-z]+$/.test(commandWord)) {
        const near = closest(commandWord, COMMANDS);
        if (near)
            throw new UsageError(`Unknown command '${commandWord}'. Did you mean '${near}'? (A pathspec named '${commandWord}' goes after '--'.)`);
    }
    if (commandWord === 'diff' || commandWord === 'demo') {
        if (commandWord === 'demo' && outputs.length > 0)
            throw new UsageError(`--output applies to a repository scan or 'diff', not to 'demo'.`);
        if (values.base !== undefined || values.head !== undefined) {
            throw new UsageError(`--base and --head apply to a repository scan, not to '${commandWord}'.`);
        }
        const args = positionals.slice(1);
        if (commandWord === 'diff') {
            if (args.length !== 2)
                throw new UsageError(`'diff' takes two files, OLD and NEW (got ${args.length}). Use /dev/null for an added or deleted file.`);
            if (args[0] === '/dev/null' && args[1] === '/dev/null')
                throw new UsageError(`'diff' needs at least one real file; both are /dev/null.`);
            if (args[0] === '-' && args[1] === '-')
                throw new UsageError(`'diff' can read only one side from standard input ('-').`);
            return { ...base, command: { kind: 'diff', oldPath: args[0], newPath: args[1] } };
        }
        if (args.length !== 1)
            throw new UsageError(`'demo' takes one directory (got ${args.length}).`);
        return { ...base, command: { kind: 'demo', dir: args[0] } };
    }
    for (const [flag, rev] of [
        ['--base', values.base],
        ['--head', values.head],
    ]) {
        if (rev !== undefined && (rev === '' || rev.startsWith('-'))) {
            throw new UsageError(`Invalid ${flag} value '${rev}'. Expected a git revision (a branch, tag or commit).`);
        }
    }
    return { ...base, command: { kind: 'scan', base: values.base, head: values.head, pathspecs: positionals } };
}
function parse(argv) {
    return (0,external_node_util_namespaceObject.parseArgs)({
        args: argv,
        allowPositionals: true,
        strict: true,
        tokens: true,
        options: {
            base: { type: 'string' },
            head: { type: 'string' },
            format: { type: 'string' },
            'fail-on': { type: 'string' },
            'kubernetes-version': { type: 'string' },
            config: { type: 'string' },
            color: { type: 'string' },
            output: { type: 'string', multiple: true },
            help: { type: 'boolean', short: 'h' },
            version: { type: 'boolean', short: 'V' },
        },
    });
}
const OPTION_NAMES = ['--base', '--head', '--format', '--fail-on', '--kubernetes-version', '--config', '--color', '--output', '--help', '--version'];
function oneOf(flag, value, allowed) {
    if (allowed.includes(value))
        return value;
    const near = closest(value, allowed);
    throw new UsageError(`Invalid ${flag} value '${value}'.${near ? ` Did you mean '${near}'?` : ''} Expected one of: ${allowed.join(', ')}.`);
}
/** `FORMAT=FILE`. A bare FILE is refused with the form to use, rather than guessing the format. */
function parseOutputFile(value) {
    const eq = value.indexOf('=');
    if (eq <= 0 || eq === value.length - 1) {
        throw new UsageError(`Invalid --output value '${value}'. Expected FORMAT=FILE, e.g. --output sarif=results.sarif (formats: ${FORMATS.join(', ')}).`);
    }
    return { format: oneOf('--output', value.slice(0, eq), FORMATS), file: value.slice(eq + 1) };
}
/** `1.33`, `v1.33` or `1.33.1` -> `1.33` (the engine reasons per minor version). */
function parseVersion(value) {
    const m = /^v?(\d+)\.(\d+)(?:\.\d+)?$/.exec(value.trim());
    if (m?.[1] !== '1')
        throw new UsageError(`Invalid --kubernetes-version value '${value}'. Expected X.Y, e.g. 1.33.`);
    return `${Number(m[1])}.${Number(m[2])}`;
}
/** node:util parseArgs errors carry a code; their messages are long, so say it in one line. */
function args_describeParseError(e) {
    const err = e;
    const quoted = /'([^']+)'/.exec(err.message ?? '')?.[1];
    switch (err.code) {
        case 'ERR_PARSE_ARGS_UNKNOWN_OPTION': {
            const name = (quoted ?? '?').split('=')[0];
            const near = name.startsWith('--') ? closest(name, OPTION_NAMES) : undefined;
            return `Unknown option '${name}'.${near ? ` Did you mean '${near}'?` : ''} Run 'service-cidr-guard --help' for usage.`;
        }
        case 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE':
            // "Option '--format <value>' argument missing" / "Option '-h, --help' does not take an argument"
            return `${args_firstLine(err.message ?? '')}. Run 'service-cidr-guard --help' for usage.`;
        default:
            return args_firstLine(err.message ?? String(e));
    }
}
function args_firstLine(s) {
    return s.split('\n')[0];
}

;// CONCATENATED MODULE: external "node:crypto"
const external_node_crypto_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");
;// CONCATENATED MODULE: ./src/report/gitlab.ts
// `--format gitlab`: a GitLab Code Quality report (artifacts:reports:codequality), the subset of the Code
// Climate issue format GitLab reads: description, check_name, fingerprint, severity and location.path +
// location.lines.begin (docs.gitlab.com "Code Quality" > "Code Quality report format"). The fingerprint
// names the change (rule, file, setting, values), not the line, so GitLab can tell a finding that is
// still there in the merge request's base report from a new one. Suppressed findings are left out.

/** GitLab's severities are info, minor, major, critical, blocker; `error` blocks the merge. */
const SEVERITY = { error: 'blocker', warning: 'major', notice: 'info' };
const fingerprint = (...parts) => (0,external_node_crypto_namespaceObject.createHash)('sha256').update(JSON.stringify(parts)).digest('hex').slice(0, 32);
function buildCodeQuality(report) {
    const issues = [];
    const seen = new Map();
    const unique = (fp) => {
        // Two findings with the same facts in one file (e.g. two components) still need distinct fingerprints.
        const n = seen.get(fp) ?? 0;
        seen.set(fp, n + 1);
        return n === 0 ? fp : fingerprint(fp, n);
    };
    for (const f of report.findings) {
        if (f.suppressed)
            continue;
        issues.push({
            description: `${f.rule}: ${f.message}`,
            check_name: f.rule,
            fingerprint: unique(fingerprint(f.rule, f.file, f.component, f.setting, f.before, f.after)),
            severity: SEVERITY[f.level],
            location: { path: f.file, lines: { begin: Math.max(1, f.line), end: Math.max(1, f.endLine) } },
        });
    }
    for (const p of report.problems) {
        issues.push({
            description: p.message,
            check_name: 'file-not-fully-read',
            fingerprint: unique(fingerprint('file-not-fully-read', p.file, p.message)),
            severity: 'major',
            location: { path: p.file, lines: { begin: Math.max(1, p.line) } },
        });
    }
    return issues;
}
function renderCodeQuality(report) {
    return `${JSON.stringify(buildCodeQuality(report), null, 2)}\n`;
}

;// CONCATENATED MODULE: ./src/report/junit.ts
// `--format junit`: JUnit XML, the test-report format CI systems without a code-scanning view display
// (GitLab artifacts:reports:junit, Jenkins junit, Azure Pipelines, CircleCI). Elements and attributes are
// the ones GitLab documents as read (docs.gitlab.com "Unit test reports": testsuites > testsuite > testcase
// with name, classname, file, time, and a failure / error / skipped child) and the Jenkins/Ant JUnit
// schema defines (testsuite: name, tests, failures, errors, skipped). One test case per finding: a finding
// that blocks (at or above --fail-on) is a <failure>, a suppressed one <skipped>, any other a passed case
// with its message in <system-out>; a file that could not be fully read is an <error>. With nothing to
// report, one passed case says so (an empty suite reads as "no tests ran").

/** XML 1.0 text/attribute escaping; characters XML 1.0 cannot carry at all are replaced by U+FFFD. */
function xmlEscape(s) {
    return s
        .replace(/[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, '\uFFFD')
        .replace(/&/g, '&amp;')
        .replace(/</g, '&lt;')
        .replace(/>/g, '&gt;')
        .replace(/"/g, '&quot;')
        .replace(/'/g, '&apos;');
}
const attrs = (a) => Object.entries(a)
    .map(([k, v]) => ` ${k}="${xmlEscape(String(v))}"`)
    .join('');
function renderJunit(report, context) {
    const cases = [];
    let failures = 0;
    let errors = 0;
    let skipped = 0;
    for (const f of report.findings) {
        const head = attrs({ name: `${f.rule} ${f.file}:${f.line}:${f.column}`, classname: f.file, file: f.file, time: 0 });
        const body = `${f.message}\nbefore: ${f.before?.join(',') ?? 'none'}  after: ${f.after?.join(',') ?? 'none'}${f.remediation ? `\nremediation: ${f.remediation}` : ''}`;
        if (f.suppressed) {
            skipped++;
            cases.push(`    <testcase${head}>\n      <skipped${attrs({ message: `suppressed${f.suppressedBy ? `: ${f.suppressedBy}` : ''}` })}/>\n    </testcase>`);
        }
        else if (isBlocking(f, context.failOn)) {
            failures++;
            cases.push(`    <testcase${head}>\n      <failure${attrs({ message: f.message, type: f.level })}>${xmlEscape(body)}</failure>\n    </testcase>`);
        }
        else {
            cases.push(`    <testcase${head}>\n      <system-out>${xmlEscape(`${f.level}: ${body}`)}</system-out>\n    </testcase>`);
        }
    }
    for (const p of report.problems) {
        errors++;
        const head = attrs({ name: `file not fully read ${p.file}:${p.line}`, classname: p.file, file: p.file, time: 0 });
        cases.push(`    <testcase${head}>\n      <error${attrs({ message: p.message, type: 'file-not-fully-read' })}/>\n    </testcase>`);
    }
    if (cases.length === 0)
        cases.push(`    <testcase${attrs({ name: 'no Service range change found', classname: 'service-cidr-guard', time: 0 })}/>`);
    const counts = { tests: cases.length, failures, errors, skipped };
    return [
        '<?xml version="1.0" encoding="UTF-8"?>',
        `<testsuites${attrs({ name: 'service-cidr-guard', ...counts, time: 0 })}>`,
        `  <testsuite${attrs({ name: 'service-cidr-guard', ...counts, time: 0 })}>`,
        ...cases,
        '  </testsuite>',
        '</testsuites>',
        '',
    ].join('\n');
}

;// CONCATENATED MODULE: ./src/report/markdown.ts
// Markdown report: what the action posts as the job summary and the sticky PR comment body. Pure:
// Report in, string out. Clipping to GitHub's size limits is the channels' job (one place), not ours.
//
// Everything that comes from the pull request (file names, values, messages that quote values) goes
// through escapeMarkdown: a PR author must not be able to inject links, images, HTML, @mentions or
// break the table out of the bot's comment.



const LEVEL_ICON = { error: '🛑', warning: '⚠️', notice: 'ℹ️' };
function renderMarkdown(report, context = {}) {
    const active = report.findings.filter((f) => !f.suppressed);
    const suppressed = report.findings.filter((f) => f.suppressed);
    const out = [renderHeadline(report, context.failOn), '', renderCounts(report), ''];
    if (describeSkipped(report.skipped))
        out.push(`${describeSkipped(report.skipped)}.`, '');
    if (active.length > 0) {
        out.push('| Level | Rule | Location | Before → After | Message |', '| --- | --- | --- | --- | --- |');
        for (const f of active) {
            out.push(row([`${LEVEL_ICON[f.level]} ${f.level}`, code(f.rule), markdown_location(f), change(f), escapeMarkdown(f.message)]));
        }
        out.push('');
        if (context.details !== false) {
            for (const f of active)
                out.push(...renderDetails(f), '');
        }
    }
    if (context.approval)
        out.push(...renderApproval(context.approval), '');
    // Suppressions the change itself adds are listed apart (SPEC §7), counted or not.
    const added = report.findings.filter((f) => f.suppressionAdded);
    const older = suppressed.filter((f) => !f.suppressionAdded);
    if (older.length > 0) {
        out.push('### Suppressed findings', '');
        out.push('| Level | Rule | Location | Before → After | Suppressed by |', '| --- | --- | --- | --- | --- |');
        for (const f of older) {
            out.push(row([f.level, code(f.rule), markdown_location(f), change(f), escapeMarkdown(f.suppressedBy ?? 'suppressed')]));
        }
        out.push('');
    }
    if (added.length > 0) {
        out.push('### Suppressions added by this change', '');
        out.push('| Level | Rule | Location | Counted | Suppressed by |', '| --- | --- | --- | --- | --- |');
        for (const f of added) {
            out.push(row([
                f.level,
                code(f.rule),
                markdown_location(f),
                f.suppressed ? 'yes' : 'no',
                escapeMarkdown(f.suppressedBy ?? 'inline comment added by this change'),
            ]));
        }
        out.push('');
    }
    if (report.problems.length > 0) {
        out.push('### Files the guard could not fully read', '');
        for (const p of report.problems)
            out.push(`- ${escapeMarkdown(`${p.file}:${p.line}`)}: ${escapeMarkdown(p.message)}`);
        out.push('');
    }
    return `${out.join('\n').replace(/\n+$/, '')}\n`;
}
function renderApproval(a) {
    // Logins go through escapeMarkdown: the @ is defused, so naming someone never notifies them.
    if (a.state === 'approved') {
        return [
            '### Approval',
            '',
            `Approved by ${escapeMarkdown(`@${a.by}`)} (${escapeMarkdown(a.why)}) with the label ${escapeMarkdown(`'${a.label}'`)}.`,
        ];
    }
    return [
        '### Approval',
        '',
        `The label ${escapeMarkdown(`'${a.label}'`)} does not approve this change: ${escapeMarkdown(a.reason)}. Findings at or above fail-on stay blocking.`,
    ];
}
function renderHeadline(report, failOn) {
    const threshold = failOn && failOn !== 'never' ? ` (fail-on: ${failOn})` : '';
    if (report.blocked)
        return `## ❌ service-cidr-guard: unsafe Service IP range change${threshold}`;
    if (report.findings.some((f) => !f.suppressed))
        return `## ✅ service-cidr-guard: nothing blocks this change${threshold}`;
    return '## ✅ service-cidr-guard: no Service IP range changes that need attention';
}
function renderCounts(report) {
    const c = countByLevel(report);
    const parts = [`${c.error} error${s(c.error)}`, `${c.warning} warning${s(c.warning)}`, `${c.notice} notice${s(c.notice)}`];
    if (c.suppressed > 0)
        parts.push(`${c.suppressed} suppressed`);
    if (report.problems.length > 0)
        parts.push(`${report.problems.length} unreadable`);
    return parts.join(' · ');
}
function renderDetails(f) {
    const meta = RULES[f.rule];
    return [
        // The <details>/<summary> lines are an HTML block, where Markdown escapes do not apply: they carry
        // only our own rule id and title; everything from the PR follows the blank line, as Markdown.
        '<details>',
        `<summary><code>${f.rule}</code> · ${meta.title}</summary>`,
        '',
        `**Where:** ${markdown_location(f)}`,
        '',
        `**What the apiserver will do:** ${escapeMarkdown(meta.apiserver)}`,
        '',
        ...renderRemediation(f.remediation || meta.remediation),
        `Setting ${escapeMarkdown(f.setting)} (${escapeMarkdown(f.component)}, format ${escapeMarkdown(f.format)}).`,
        '',
        '</details>',
    ];
}
/**
 * A remediation may carry a manifest after its first line (e.g. the ServiceCIDR object to add): the
 * prose is escaped, the manifest goes into a fenced block, where Markdown, HTML and mentions are inert.
 * The fence is longer than any backtick run inside, so the content cannot close it (CommonMark 4.5).
 */
function renderRemediation(text) {
    const [first, ...rest] = text.split(/\r\n|\n/);
    const out = [`**Remediation:** ${escapeMarkdown(first)}`, ''];
    const block = rest.join('\n').replace(/\s+$/, '');
    if (block.trim() === '')
        return out;
    const longestRun = Math.max(0, ...(block.match(/`+/g) ?? []).map((r) => r.length));
    const fence = '`'.repeat(Math.max(3, longestRun + 1));
    return [...out, fence, block, fence, ''];
}
function row(cells) {
    return `| ${cells.join(' | ')} |`;
}
function markdown_location(f) {
    return escapeMarkdown(`${f.file}:${f.line}`);
}
function change(f) {
    return `${markdown_list(f.before)} → ${markdown_list(f.after)}`;
}
function markdown_list(values) {
    return values === null ? '_none_' : escapeMarkdown(values.join(', '));
}
/** Our own identifiers (rule ids) in a code span; never used for PR content. */
function code(s) {
    return `\`${s}\``;
}
function s(n) {
    return n === 1 ? '' : 's';
}
/**
 * Makes untrusted text inert in GitHub-flavoured Markdown, in a table cell or inline:
 * - `&`, `<`, `>` as HTML entities (no raw HTML, no autolinks in angle brackets);
 * - backslash before every Markdown punctuation that starts emphasis, code, links, images,
 *   headings or strikethrough, and before `|` (table cell separator, even inside code spans in GFM);
 * - `@` followed by a zero-width space, so `@org/team` is not a mention that notifies people
 *   (GitHub links mentions in text after Markdown processing, so a backslash does not stop it);
 * - line breaks collapsed to spaces (a cell is one line; a newline could end the table).
 */
function escapeMarkdown(text) {
    return text
        .replace(/\r\n|\r|\n/g, ' ')
        .replace(/&/g, '&amp;')
        .replace(/</g, '&lt;')
        .replace(/>/g, '&gt;')
        .replace(/[\\`*_{}[\]()#+!|~-]/g, '\\$&')
        .replace(/@/g, '@&#8203;');
}

;// CONCATENATED MODULE: ./src/report/links.ts
// Where the project and each rule's documentation live. One constant, so SARIF helpUri, rdjson code URLs
// and the CLI's `explain` agree; test/report/formats.test.ts keeps it equal to package.json's repository.
const PROJECT_URL = 'https://github.com/OWNER/service-cidr-guard';
/** docs/rules.md has one `## <rule-id>` section per rule; GitHub's heading anchor is the id itself. */
function ruleDocUrl(rule) {
    return `${PROJECT_URL}/blob/main/docs/rules.md#${rule}`;
}

;// CONCATENATED MODULE: ./src/report/rdjson.ts
// `--format rdjson`: reviewdog's Diagnostic Format, the DiagnosticResult message as JSON
// (reviewdog/reviewdog proto/rdf/reviewdog.proto; `reviewdog -f=rdjson`). Lines and columns are 1-based,
// the end position exclusive, as in the proto's Position/Range comments. Suppressed findings are left out
// (reviewdog would post them as review comments); file problems are WARNING diagnostics with their own code.

const rdjson_SEVERITY = { error: 'ERROR', warning: 'WARNING', notice: 'INFO' };
const PROBLEM_CODE = 'file-not-fully-read';
function buildRdjson(report) {
    const diagnostics = [];
    for (const f of report.findings) {
        if (f.suppressed)
            continue;
        diagnostics.push({
            message: `${f.message}${f.remediation ? `\nRemediation: ${f.remediation}` : ''}`,
            location: {
                path: f.file,
                range: {
                    start: { line: Math.max(1, f.line), column: Math.max(1, f.column) },
                    end: { line: Math.max(1, f.endLine), column: Math.max(1, f.endColumn) },
                },
            },
            severity: rdjson_SEVERITY[f.level],
            code: { value: f.rule, url: ruleDocUrl(f.rule) },
        });
    }
    for (const p of report.problems) {
        diagnostics.push({
            message: p.message,
            location: { path: p.file, range: { start: { line: Math.max(1, p.line) } } },
            severity: 'WARNING',
            code: { value: PROBLEM_CODE },
        });
    }
    return { source: { name: 'service-cidr-guard', url: PROJECT_URL }, diagnostics };
}
function renderRdjson(report) {
    return `${JSON.stringify(buildRdjson(report), null, 2)}\n`;
}

;// CONCATENATED MODULE: ./src/report/sarif.ts
// SARIF 2.1.0 log (OASIS, https://docs.oasis-open.org/sarif/sarif/v2.1.0/sarif-v2.1.0.html) for GitHub
// code scanning and other SARIF viewers. One run; rules come from src/rules.ts (the same metadata the
// other reporters use); problems become tool execution notifications, which is where SARIF puts
// "the tool could not process this" (SARIF §3.20.21), so they never look like findings.



const SARIF_SCHEMA_URI = 'https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json';
const SARIF_VERSION = '2.1.0';
const TOOL_NAME = 'service-cidr-guard';
/** Where the tool is documented: the project (package.json `repository`). */
const DEFAULT_INFORMATION_URI = PROJECT_URL;
/** SARIF `level` values (§3.27.10): notice is SARIF's "note". */
const SARIF_LEVEL = { error: 'error', warning: 'warning', notice: 'note' };
function renderSarif(report, context) {
    return `${stringifyForLogs(buildSarif(report, context))}\n`;
}
function buildSarif(report, context) {
    const ruleIndex = new Map(RULE_IDS.map((id, i) => [id, i]));
    const run = {
        tool: {
            driver: {
                name: TOOL_NAME,
                informationUri: context.informationUri ?? DEFAULT_INFORMATION_URI,
                version: context.toolVersion,
                semanticVersion: context.toolVersion,
                rules: RULE_IDS.map(describeRule),
            },
        },
        results: report.findings.map((f) => toResult(f, ruleIndex.get(f.rule) ?? -1)),
    };
    if (report.problems.length > 0) {
        run.invocations = [
            // The scan itself completed; problems are files it could not fully read (reported, never silent).
            { executionSuccessful: true, toolExecutionNotifications: report.problems.map(toNotification) },
        ];
    }
    return { $schema: SARIF_SCHEMA_URI, version: SARIF_VERSION, runs: [run] };
}
function describeRule(id) {
    const r = RULES[id];
    const help = `${r.apiserver}\n\nRemediation: ${r.remediation}`;
    const sources = r.sources.length > 0 ? `\n\nSources: ${r.sources.join('; ')}` : '';
    const rule = {
        id,
        name: pascalCase(id),
        shortDescription: { text: r.title },
        fullDescription: { text: `Fires when ${r.trigger}.` },
        help: {
            text: `${help}${sources}`,
            markdown: `**What the apiserver does:** ${r.apiserver}\n\n**Remediation:** ${r.remediation}${sources}`,
        },
        defaultConfiguration: { level: SARIF_LEVEL[r.defaultLevel] },
        properties: { tags: ['kubernetes', 'service-cidr'] },
        // The rule's own section of docs/rules.md (its upstream sources are listed there and in `help`).
        helpUri: ruleDocUrl(id),
    };
    return rule;
}
function toResult(f, index) {
    const result = {
        ruleId: f.rule,
        ruleIndex: index,
        level: SARIF_LEVEL[f.level],
        message: { text: `${f.message} (before: ${sarif_list(f.before)}; after: ${sarif_list(f.after)})` },
        locations: [sarif_location(f.file, f)],
        properties: { format: f.format, component: f.component, setting: f.setting, before: f.before, after: f.after },
    };
    if (f.suppressed) {
        result.suppressions = [
            {
                // SARIF §3.35.2: "inSource" for a comment in the file, "external" for anything else: the PR
                // label, whose wording comes from approveByLabel in src/verdict.ts.
                kind: f.suppressedBy?.startsWith('pull request label') ? 'external' : 'inSource',
                status: 'accepted',
                justification: f.suppressedBy ?? 'suppressed',
            },
        ];
    }
    return result;
}
function toNotification(p) {
    const line = Math.max(1, p.line);
    return {
        level: 'warning',
        message: { text: p.message },
        locations: [sarif_location(p.file, { line, column: 1, endLine: line, endColumn: 1 })],
    };
}
function sarif_location(file, span) {
    // SARIF regions are 1-based; endColumn is exclusive like ours (§3.30.8). Clamp so a malformed span
    // can never produce an invalid region (end before start).
    const startLine = Math.max(1, span.line);
    const startColumn = Math.max(1, span.column);
    const endLine = Math.max(startLine, span.endLine);
    const endColumn = endLine === startLine ? Math.max(startColumn, span.endColumn) : Math.max(1, span.endColumn);
    return {
        physicalLocation: {
            artifactLocation: { uri: toUri(file), uriBaseId: '%SRCROOT%' },
            region: { startLine, startColumn, endLine, endColumn },
        },
    };
}
/**
 * A repository-relative path as a relative URI reference (SARIF §3.4.3): each segment percent-encoded.
 * git paths always use '/'; a backslash is part of a POSIX file name, so it is encoded, not converted.
 */
function toUri(file) {
    return file
        .replace(/^\.\//, '')
        .split('/')
        .map((seg) => encodeURIComponent(seg))
        .join('/');
}
function sarif_list(values) {
    return values === null ? 'none' : values.join(',');
}
function pascalCase(id) {
    return id.replace(/(^|-)([a-z])/g, (_m, _d, c) => c.toUpperCase());
}

;// CONCATENATED MODULE: ./src/report/text.ts
// Plain-text report for a terminal or a CI log, in the compiler style editors and terminals link:
//   path:line:col: level rule: message
// followed by the source line with a caret under the value and the remediation. Pure: Report in,
// string out; the CLI decides whether to colour (stdout is a TTY and NO_COLOR is unset).


const ANSI = { reset: '\x1b[0m', bold: '\x1b[1m', dim: '\x1b[2m', red: '\x1b[31m', yellow: '\x1b[33m', cyan: '\x1b[36m' };
const LEVEL_COLOR = { error: ANSI.red, warning: ANSI.yellow, notice: ANSI.cyan };
function renderText(report, context = {}) {
    const paint = (codes, s) => (context.color ? `${codes}${s}${ANSI.reset}` : s);
    const lines = [];
    const sourceCache = new Map();
    const sourceLines = (file) => {
        if (!sourceCache.has(file))
            sourceCache.set(file, context.readText?.(file)?.split(/\r\n|\n|\r/));
        return sourceCache.get(file);
    };
    for (const f of report.findings) {
        lines.push(...renderFinding(f, sourceLines(f.file), paint));
    }
    for (const p of report.problems)
        lines.push(renderProblem(p, paint));
    if (lines.length > 0)
        lines.push('');
    if (describeSkipped(report.skipped))
        lines.push(describeSkipped(report.skipped));
    lines.push(renderSummary(report, paint));
    return defuseWorkflowCommands(`${lines.join('\n')}\n`);
}
function renderFinding(f, source, paint) {
    const where = `${displayPath(f.file)}:${f.line}:${f.column}`;
    const level = paint(ANSI.bold + LEVEL_COLOR[f.level], f.level);
    const suppressed = f.suppressed ? ` (suppressed${f.suppressedBy ? `: ${clean(f.suppressedBy)}` : ''})` : '';
    const out = [`${paint(ANSI.bold, where)}: ${level} ${f.rule}${suppressed}: ${indentLines(f.message, '    ')}`];
    const excerpt = renderExcerpt(f, source, paint);
    if (excerpt)
        out.push(...excerpt);
    out.push(`  ${paint(ANSI.dim, 'before:')} ${formatList(f.before)}  ${paint(ANSI.dim, 'after:')} ${formatList(f.after)}`);
    if (f.remediation)
        out.push(`  ${paint(ANSI.dim, 'remediation:')} ${indentLines(f.remediation, '    ')}`);
    return out;
}
/** The source line and a caret line under the value's columns (to the line end when the span wraps). */
function renderExcerpt(f, source, paint) {
    const text = source?.[f.line - 1];
    if (text === undefined)
        return null;
    const line = clean(text);
    const gutter = String(f.line);
    const pad = ' '.repeat(gutter.length);
    const start = Math.min(Math.max(f.column, 1), line.length + 1);
    const end = f.endLine === f.line ? Math.max(f.endColumn, start + 1) : line.length + 1;
    // Keep tabs in the caret prefix so the caret lines up under tab-indented text in any tab width.
    const prefix = line.slice(0, start - 1).replace(/[^\t]/g, ' ');
    const carets = '^'.repeat(Math.max(1, Math.min(end, line.length + 1) - start));
    return [`  ${paint(ANSI.dim, `${gutter} |`)} ${line}`, `  ${paint(ANSI.dim, `${pad} |`)} ${prefix}${paint(LEVEL_COLOR[f.level], carets)}`];
}
function renderProblem(p, paint) {
    return `${paint(ANSI.bold, `${displayPath(p.file)}:${p.line}`)}: ${paint(ANSI.bold + ANSI.yellow, 'problem')}: ${clean(p.message)}`;
}
function renderSummary(report, paint) {
    const c = countByLevel(report);
    const parts = [plural(c.error, 'error'), plural(c.warning, 'warning'), plural(c.notice, 'notice')];
    if (c.suppressed > 0)
        parts.push(`${c.suppressed} suppressed`);
    parts.push(plural(report.problems.length, 'problem'));
    const verdict = report.blocked ? paint(ANSI.bold + ANSI.red, 'blocked') : paint(ANSI.bold, 'passed');
    return `service-cidr-guard: ${parts.join(', ')}: ${verdict}`;
}
/**
 * A line that starts with `::` is a workflow command when this output lands in a GitHub Actions log
 * (actions/toolkit docs/commands.md); a PR can name a file `::error::…`, so such paths get a `./` prefix.
 */
function displayPath(file) {
    const c = clean(file);
    return c.startsWith(':') ? `./${c}` : c;
}
function formatList(list) {
    return list === null ? '(none)' : list.map(clean).join(',');
}
function plural(n, word) {
    return `${n} ${word}${n === 1 ? '' : 's'}`;
}
/**
 * Multi-line text (a remediation that carries a ServiceCIDR manifest) keeps its lines, indented so
 * no continuation line can pass for a finding or a workflow command.
 */
function indentLines(s, indent) {
    return s
        .split(/\r\n|\n/)
        .map(clean)
        .join(`\n${indent}`);
}
/**
 * File names, values and messages come from the pull request: control characters (ESC sequences,
 * carriage returns) could rewrite the terminal or fake log lines, so they are shown as U+FFFD.
 */
function clean(s) {
    // biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is this function's purpose.
    return s.replace(/[\x00-\x08\x0a-\x1f\x7f-\x9f]/g, '\ufffd');
}
/**
 * The text report is printed to CI logs, and the Actions runner executes workflow commands found in a log:
 * `::cmd::` at the start of a line (after spaces) and the legacy `##[cmd]` anywhere in a line (actions/runner
 * ActionCommandManager.TryProcessCommand). Values, messages and paths come from the PR, so no line of this
 * report may carry either: a zero-width space is put between the two characters, invisible to a reader.
 */
function defuseWorkflowCommands(text) {
    return text.replace(/^([ \t]*):(?=:)/gm, '$1:\u200b').replace(/#(?=#\[)/g, '#\u200b');
}

;// CONCATENATED MODULE: ./src/model.ts
// The data that flows through the engine, in one place:
//   ChangedFile -> (per side) Extraction { settings, problems } -> pairing -> Finding -> reporters.
// Everything here is plain data so the core stays pure and testable with strings in, findings out.
const LEVELS = ['error', 'warning', 'notice'];

;// CONCATENATED MODULE: ./src/report/github/annotation-plan.ts

/** Annotations GitHub shows per level per step. */
const MAX_ANNOTATIONS_PER_LEVEL = 10;
/** The annotations to emit, in order (pure, so the cap and the ordering are unit-tested). */
function planAnnotations(report) {
    const candidates = [];
    for (const f of report.findings) {
        if (f.suppressed)
            continue; // suppressed findings are listed in the summary, marked as such
        const sameLine = f.line === f.endLine;
        candidates.push({
            level: f.level,
            message: `${f.message}${f.remediation ? `\nRemediation: ${f.remediation}` : ''}`,
            properties: {
                title: f.rule,
                file: f.file,
                startLine: f.line,
                endLine: f.endLine,
                // GitHub ignores (and may misplace) columns on a multi-line annotation: give them only on one line.
                ...(sameLine ? { startColumn: f.column, endColumn: f.endColumn } : {}),
            },
        });
    }
    for (const p of report.problems) {
        candidates.push({
            level: 'warning',
            message: p.message,
            properties: { title: 'service-cidr-guard: file not fully read', file: p.file, startLine: p.line },
        });
    }
    const count = (level) => candidates.filter((a) => a.level === level).length;
    const overflow = LEVELS.some((l) => count(l) > MAX_ANNOTATIONS_PER_LEVEL);
    const out = [];
    const hidden = { error: 0, warning: 0, notice: 0 };
    for (const level of LEVELS) {
        // The "more in the summary" note is itself a notice and must fit under the notice cap.
        const cap = overflow && level === 'notice' ? MAX_ANNOTATIONS_PER_LEVEL - 1 : MAX_ANNOTATIONS_PER_LEVEL;
        const ofLevel = candidates.filter((a) => a.level === level);
        out.push(...ofLevel.slice(0, cap));
        hidden[level] = Math.max(0, ofLevel.length - cap);
    }
    if (overflow) {
        const more = LEVELS.filter((l) => hidden[l] > 0).map((l) => `${hidden[l]} ${l}${hidden[l] === 1 ? '' : 's'}`);
        out.push({
            level: 'notice',
            message: `GitHub shows ${MAX_ANNOTATIONS_PER_LEVEL} annotations per level; ${more.join(', ')} more are listed in the job summary.`,
            properties: { title: 'service-cidr-guard: more findings in the summary' },
        });
    }
    return out;
}

;// CONCATENATED MODULE: ./src/report/workflow-commands.ts
// `--format github`: the findings as GitHub Actions workflow commands (`::error file=…,line=…::message`), so
// a CLI run in any workflow step annotates the changed lines like the action does. The plan (most severe
// first, at most 10 per level, an overflow notice) is the action's own (github/annotations.ts); the
// escaping is @actions/core's (lib/command.js escapeData / escapeProperty, the format the runner parses:
// docs.github.com "Workflow commands for GitHub Actions"). test/report/formats.test.ts checks every line
// against @actions/core's own output for the same annotation.


const escapeData = (s) => s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
const escapeProperty = (s) => escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
/** One annotation as the runner reads it; property names as @actions/core's toCommandProperties writes them. */
function workflowCommand(a) {
    const p = a.properties;
    const props = [
        ['title', p.title],
        ['file', p.file],
        ['line', p.startLine],
        ['endLine', p.endLine],
        ['col', p.startColumn],
        ['endColumn', p.endColumn],
    ];
    const given = props.filter(([, v]) => v !== undefined && v !== '' && v !== 0).map(([k, v]) => `${k}=${escapeProperty(String(v))}`);
    return `::${a.level}${given.length > 0 ? ` ${given.join(',')}` : ''}::${escapeData(a.message)}`;
}
function renderWorkflowCommands(report) {
    const lines = planAnnotations(report).map(workflowCommand);
    const counts = countByLevel(report);
    // A plain last line (not a command): what a reader of the raw log sees.
    lines.push(`service-cidr-guard: ${report.blocked ? 'blocked' : 'passed'} (${counts.error} error(s), ${counts.warning} warning(s), ${counts.notice} notice(s), ${report.problems.length} file problem(s))`);
    return `${lines.join('\n')}\n`;
}

;// CONCATENATED MODULE: ./src/cli/version.ts
// The CLI's version, shown by --version and written into SARIF's tool.driver.version. A constant rather
// than a runtime read of package.json: the ncc bundle has no package.json next to it. A test keeps the
// two equal.
const version_VERSION = '0.1.0';

;// CONCATENATED MODULE: ./src/cli/output.ts
// One report -> the text of the chosen --format. The renderers are pure; this only picks one.










function renderReport(report, format, ctx) {
    switch (format) {
        case 'json':
            return renderJson(report);
        case 'sarif':
            return renderSarif(report, { toolVersion: version_VERSION });
        case 'markdown':
            return renderMarkdown(report, { failOn: ctx.failOn });
        case 'text':
            return renderText(report, { color: ctx.color, readText: ctx.readText });
        case 'github':
            return renderWorkflowCommands(report);
        case 'rdjson':
            return renderRdjson(report);
        case 'junit':
            return renderJunit(report, { failOn: ctx.failOn });
        case 'gitlab':
            return renderCodeQuality(report);
    }
}

;// CONCATENATED MODULE: ./src/cli/color.ts
// Whether the text output is coloured. --color always|never decides; with auto (the default) the
// environment does, in the order the conventions are usually applied (Node's tty.getColorDepth, chalk's
// supports-color): FORCE_COLOR forces colour on (its values 0/false force it off), https://no-color.org's
// NO_COLOR turns it off, TERM=dumb (a terminal that understands no escape sequences) turns it off, and
// otherwise colour is on when stdout is a terminal.
function shouldColor(mode, isTty, env) {
    if (mode === 'always')
        return true;
    if (mode === 'never')
        return false;
    const force = env.FORCE_COLOR;
    if (force !== undefined)
        return !['0', 'false'].includes(force.trim().toLowerCase());
    if (env.NO_COLOR)
        return false;
    if (env.TERM === 'dumb')
        return false;
    return isTty;
}

;// CONCATENATED MODULE: ./src/cli/commands.ts
// The commands that print without reading any file: help, version, `rules` and `explain RULE`. Rule texts
// come from src/rules.ts, the same metadata docs/rules.md is generated from (scripts/rules-doc.ts).




function renderRuleList() {
    const width = Math.max(...RULE_IDS.map((id) => id.length));
    const lines = RULE_IDS.map((id) => `${id.padEnd(width)}  ${RULES[id].defaultLevel.padEnd(7)}  ${RULES[id].title}`);
    return `${lines.join('\n')}\nRead one with: service-cidr-guard explain RULE\n`;
}
function renderExplain(rule) {
    if (!RULE_IDS.includes(rule)) {
        const near = closest(rule, RULE_IDS);
        throw new UsageError(`Unknown rule '${rule}'.${near ? ` Did you mean '${near}'?` : ''} List the rules with: service-cidr-guard rules`);
    }
    const r = RULES[rule];
    const out = [
        `${r.id}: ${r.title} (default level: ${r.defaultLevel})`,
        '',
        `When: ${r.trigger}.`,
        `What the cluster does: ${r.apiserver}.`,
        `Safe next step: ${r.remediation}.`,
    ];
    if (r.sources.length > 0)
        out.push(`Upstream: ${r.sources.join('; ')}.`);
    out.push(`More: ${ruleDocUrl(r.id)}`);
    return `${out.join('\n')}\n`;
}

;// CONCATENATED MODULE: ./src/cli/errors.ts
// Errors in plain words, each with the next step: what the user sees instead of an errno or git's own text.
/** A file-system error about a path the user gave. */
function describeFsError(e, p) {
    const code = e.code;
    switch (code) {
        case 'ENOENT':
            return `file not found: ${p}`;
        case 'EACCES':
        case 'EPERM':
            return `permission denied: ${p}`;
        case 'EISDIR':
            return `'${p}' is a directory, not a file.`;
        case undefined:
            return e.message ?? String(e);
        default:
            return `Cannot read '${p}': ${code}.`;
    }
}
/** git errors of a repository scan, with the way out (the file-pair mode needs no repository). */
function describeScanError(e, cwd) {
    const message = e instanceof Error ? e.message : String(e);
    if (/not a git repository/i.test(message)) {
        return new Error(`${cwd} is not inside a git repository. To compare two files, run: service-cidr-guard diff OLD NEW`);
    }
    if (/cannot run git/.test(message)) {
        return new Error(`${message}. Install git, or compare two files without it: service-cidr-guard diff OLD NEW`);
    }
    return e instanceof Error ? e : new Error(message);
}

;// CONCATENATED MODULE: external "node:fs"
const external_node_fs_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");
;// CONCATENATED MODULE: ./src/cli/files.ts
// `diff OLD NEW` inputs: a regular file, standard input ('-'), or any other readable file such as the pipe
// of a shell process substitution (`<(git show HEAD~1:f.yaml)`, a /dev/fd/N FIFO), which has no size to
// stat and is read as a stream up to the same size limit as a git blob.







const DEV_NULL = '/dev/null';
const STDIN = '-';
/**
 * Reads a stream up to MAX_FILE_BYTES + 1 bytes: enough to know the file is over the limit without
 * holding more of it. Returns the bytes and the size seen (capped); of an oversize stream only its first
 * MAX_PARTIAL_BYTES, which the engine still scans for a Service range key (fail closed, SPEC §9).
 */
async function readStream(stream) {
    const chunks = [];
    let size = 0;
    for await (const chunk of stream) {
        const buf = Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk);
        size += buf.length;
        if (size > MAX_FILE_BYTES) {
            stream.destroy();
            return { bytes: Buffer.concat(chunks).subarray(0, MAX_PARTIAL_BYTES), size };
        }
        chunks.push(buf);
    }
    return { bytes: Buffer.concat(chunks), size };
}
async function readSide(cwd, p, io) {
    if (p === STDIN) {
        if (!io.stdin)
            throw new Error(`Cannot read standard input ('-') here.`);
        return readStream(io.stdin());
    }
    const full = external_node_path_default().resolve(cwd, p);
    try {
        const st = await (0,promises_namespaceObject.stat)(full);
        if (st.isDirectory())
            throw new Error(`'${p}' is a directory, not a file. To scan a directory of a git repository, run: service-cidr-guard -- '${p}'`);
        if (st.isFile()) {
            if (st.size > MAX_FILE_BYTES) {
                // Only the head is read: what the engine scans for a range key (src/changes/decode-text.ts).
                const handle = await (0,promises_namespaceObject.open)(full, 'r');
                try {
                    const head = Buffer.alloc(MAX_PARTIAL_BYTES);
                    const { bytesRead } = await handle.read(head, 0, MAX_PARTIAL_BYTES, 0);
                    return { bytes: head.subarray(0, bytesRead), size: st.size };
                }
                finally {
                    await handle.close();
                }
            }
            const bytes = await (0,promises_namespaceObject.readFile)(full);
            return { bytes, size: bytes.length };
        }
        // A FIFO, character device or socket: read what it gives.
        return await readStream((0,external_node_fs_namespaceObject.createReadStream)(full));
    }
    catch (e) {
        throw new Error(describeFsError(e, p));
    }
}
/** `diff OLD NEW`: the reported path is NEW, or OLD when NEW is /dev/null (a deleted file); '-' is "(stdin)". */
async function readFilePair(cwd, oldPath, newPath, io = {}) {
    const shown = (p) => (p === STDIN ? '(stdin)' : p);
    const file = { path: shown(newPath === DEV_NULL ? oldPath : newPath) };
    const sides = [];
    for (const [side, p] of [
        ['before', oldPath],
        ['after', newPath],
    ]) {
        if (p === DEV_NULL)
            continue;
        const { bytes, size } = await readSide(cwd, p, io);
        sides.push([side, decodeText(bytes, size)]);
    }
    withDecodedSides(file, sides);
    return file;
}

;// CONCATENATED MODULE: ./src/cli/report-files.ts
// `--output FORMAT=FILE` files, and the one stderr line naming the compared revisions.



/** Writes each requested report; a file that cannot be written is a runtime error (exit 2), named. */
async function writeOutputFiles(outputs, cwd, render) {
    for (const o of outputs) {
        try {
            await (0,promises_namespaceObject.writeFile)(external_node_path_default().resolve(cwd, o.file), render(o.format));
        }
        catch (e) {
            throw new Error(`Cannot write --output ${o.format}=${o.file}: ${describeFsError(e, o.file)}`);
        }
    }
}
/** `service-cidr-guard: comparing 1a2b3c4d5e6f (merge base with the upstream branch) with the working tree` */
function describeRange(range) {
    const head = range.head === undefined ? 'the working tree' : range.head.slice(0, 12);
    return `service-cidr-guard: comparing ${range.base.slice(0, 12)} (${range.baseHow}) with ${head}\n`;
}

;// CONCATENATED MODULE: ./src/cli/run.ts
// The command-line orchestrator: the one place in the CLI that turns a report into an exit status.
// It never calls process.exit (the entry sets process.exitCode), so output is always flushed.


















const EXIT_OK = 0;
const EXIT_BLOCKED = 1;
const EXIT_ERROR = 2;
/** Runs one command line; resolves to the exit status. Never throws. */
async function runCli(argv, io) {
    try {
        const settings = parseCliArgs(argv);
        switch (settings.command.kind) {
            case 'help':
                io.stdout(USAGE);
                return EXIT_OK;
            case 'version':
                io.stdout(`${version_VERSION}\n`);
                return EXIT_OK;
            case 'rules':
                io.stdout(renderRuleList());
                return EXIT_OK;
            case 'explain':
                io.stdout(renderExplain(settings.command.rule));
                return EXIT_OK;
            case 'demo':
                return await runDemo(settings, settings.command.dir, io);
            case 'diff':
            case 'scan':
                return await runCheck(settings, io);
        }
    }
    catch (e) {
        const message = e instanceof Error ? e.message : String(e);
        // One line: CI logs and wrappers show the first line of stderr.
        io.stderr(`service-cidr-guard: ${message.split('\n')[0]}\n`);
        return EXIT_ERROR;
    }
}
async function runCheck(settings, io) {
    const cmd = settings.command;
    let files;
    let config;
    let gateConfigPath;
    let reportScope = () => { };
    // git mode: the unchanged Terraform files of the change's directories, read by streamGitChanges before it streams.
    let terraformNeighbours;
    if (cmd.kind === 'diff') {
        config = await loadConfig(settings, io.cwd);
        files = [await readFilePair(io.cwd, cmd.oldPath, cmd.newPath, io)];
        // Two versions of the gate's own config compared by hand are reviewed as policy.
        if (/(?:^|[/.])service-cidr-guard\.ya?ml$/.test(files[0].path))
            gateConfigPath = files[0].path;
    }
    else if (cmd.kind === 'scan') {
        // git takes `!x` as a file named "!x": it would silently match nothing. Its exclude magic is `:!x`.
        const negated = cmd.pathspecs.find((p) => p.startsWith('!'));
        if (negated)
            throw new Error(`Pathspec '${negated}' would match a file named '${negated}'; to exclude paths write ':!${negated.slice(1)}' (git pathspec magic).`);
        // Like the action: the policy comes from the base revision, never from the change under review
        // (SPEC §9), so a local run and the CI run give the same verdict. An explicit --config is read from disk.
        // An explicit --config is checked first: a bad one is the error to tell, before any git work.
        const explicitConfig = settings.configFile !== undefined ? await loadConfig(settings, io.cwd) : undefined;
        const resolvedBase = await resolveBaseRevision(io.cwd, cmd.base).catch((e) => {
            throw describeScanError(e, io.cwd);
        });
        const base = resolvedBase.base;
        io.stderr(describeRange({ base, baseHow: resolvedBase.how, head: cmd.head }));
        if (explicitConfig === undefined) {
            const text = await readGitFileAt(io.cwd, base, DEFAULT_CONFIG_PATH);
            config = text === undefined ? parseConfig('', '(defaults)') : parseConfig(text, `${DEFAULT_CONFIG_PATH} at ${base.slice(0, 12)}`);
            gateConfigPath = DEFAULT_CONFIG_PATH;
        }
        else {
            config = explicitConfig;
            gateConfigPath = '';
        }
        // Streamed (issue 11: flat cost): each file is analysed as git hands it over, out-of-scope files are not
        // read. Every changed path is still seen here, so patterns that match nothing can be said (issue 10).
        const inScope = configScope(config);
        const changedPaths = [];
        const include = (p, previous) => {
            changedPaths.push(p, ...(previous !== undefined ? [previous] : []));
            return inScope(p, previous) || p === gateConfigPath;
        };
        const { optIn } = engineOptionsOf(config, settings.kubernetesVersion);
        const pathOnly = (p, previous) => skippedByPath(previous !== undefined && previous !== p ? [p, previous] : [p], optIn);
        terraformNeighbours = new Map();
        files = rethrowDescribed(streamGitChanges({ cwd: io.cwd, resolvedBase, head: cmd.head, pathspecs: cmd.pathspecs, include, pathOnly, terraformNeighbours }), io.cwd);
        const scopeConfig = config;
        reportScope = () => {
            for (const [name, globs] of [
                ['paths', scopeConfig.paths],
                ['exclude', scopeConfig.exclude],
            ]) {
                for (const glob of changedPaths.length > 0 ? unmatchedPatterns(globs, changedPaths) : []) {
                    io.stderr(`service-cidr-guard: config '${name}' pattern '${glob}' matches no changed file\n`);
                }
            }
        };
        for (const spec of await unmatchedPathspecs(io.cwd, base, cmd.head, cmd.pathspecs)) {
            io.stderr(`service-cidr-guard: pathspec '${spec}' matches no changed file\n`);
        }
    }
    else {
        throw new Error(`unexpected command ${cmd.kind}`);
    }
    const options = {
        ...engineOptionsOf(config, settings.kubernetesVersion),
        ...(gateConfigPath !== undefined ? { gateConfigPath } : {}),
        ...(terraformNeighbours ? { readUnchangedDirectory: unchangedDirectoryReader(terraformNeighbours) } : {}),
    };
    const { report, textOf } = await analyzeChangeStream(files, options, settings.failOn);
    reportScope();
    const ctx = { failOn: settings.failOn, color: shouldColor(settings.color, io.stdoutIsTty, io.env), readText: textOf };
    io.stdout(renderReport(report, settings.format, ctx));
    await writeOutputFiles(settings.outputs, io.cwd, (format) => renderReport(report, format, { ...ctx, color: false }));
    return report.blocked ? EXIT_BLOCKED : EXIT_OK;
}
/** git errors met while the change streams, told in plain words like those met before it (src/cli/errors.ts). */
async function* rethrowDescribed(files, cwd) {
    try {
        yield* files;
    }
    catch (e) {
        throw describeScanError(e, cwd);
    }
}
/** Text the findings point into: the new side, or the old side of a deleted file (SPEC §6). */
function textLookup(files) {
    const byPath = new Map(files.map((f) => [f.path, f.after ?? f.before]));
    return (file) => byPath.get(file);
}
async function loadConfig(settings, cwd) {
    if (settings.configFile === undefined)
        return parseConfig('', '(defaults)');
    const file = external_node_path_default().resolve(cwd, settings.configFile);
    let text;
    try {
        text = await (0,promises_namespaceObject.readFile)(file, 'utf8');
    }
    catch (e) {
        throw new Error(`Cannot read --config file '${settings.configFile}': ${e.code ?? String(e)}.`);
    }
    return parseConfig(text, settings.configFile);
}
/**
 * The config's `paths` / `exclude` globs, with the same matcher (and so the same meaning) as the action.
 * A rename is kept when either of its paths is in scope: moving a config out of scope is still a change.
 */
function filterByConfig(files, config) {
    const inScope = configScope(config);
    return files.filter((f) => inScope(f.path, f.previousPath));
}
/** The predicate of filterByConfig, for a change that is streamed (git mode reads only the files it accepts). */
function configScope(config) {
    const inScope = createPathFilter(config.paths, config.exclude);
    return (p, previous) => inScope(p) || (previous !== undefined && inScope(previous));
}
/**
 * `demo DIR`: every directory below DIR holding a `before.*` and/or `after.*` file is one case
 * (`examples/<case>/` and `test/cases/<format>/<scenario>/` both work). A showcase: exit 0 whatever the
 * findings, 2 only on a runtime error.
 */
async function runDemo(settings, dir, io) {
    const config = await loadConfig(settings, io.cwd);
    const options = engineOptionsOf(config, settings.kubernetesVersion);
    const root = external_node_path_default().resolve(io.cwd, dir);
    const cases = await findDemoCases(root, root);
    if (cases.length === 0)
        throw new Error(`No demo cases in '${dir}': expected ${dir}/<case>/before.* and/or after.* files.`);
    const reports = cases.map((c) => ({ name: c.name, file: c.file, report: analyzeChanges([c.file], options, settings.failOn) }));
    const rulesSeen = [...new Set(reports.flatMap((r) => r.report.findings.map((f) => f.rule)))].sort();
    const color = shouldColor(settings.color, io.stdoutIsTty, io.env);
    if (settings.format === 'json') {
        const doc = { cases: reports.map((r) => ({ name: r.name, report: toJsonReport(r.report) })), rulesSeen };
        io.stdout(`${JSON.stringify(doc, null, 2)}\n`);
        return EXIT_OK;
    }
    if (settings.format === 'sarif') {
        // One SARIF log: a code-scanning viewer wants one run per tool, with every case's results in it.
        const all = buildReport(reports.flatMap((r) => r.report.findings), reports.flatMap((r) => r.report.problems), settings.failOn);
        io.stdout(renderReport(all, 'sarif', { failOn: settings.failOn, color, readText: () => undefined }));
        return EXIT_OK;
    }
    const heading = settings.format === 'markdown' ? (n) => `# Case ${n}\n\n` : (n) => `=== ${n} ===\n`;
    for (const r of reports) {
        io.stdout(heading(r.name));
        io.stdout(renderReport(r.report, settings.format, { failOn: settings.failOn, color, readText: textLookup([r.file]) }));
        io.stdout('\n');
    }
    const summary = `${cases.length} case${cases.length === 1 ? '' : 's'}; rules seen: ${rulesSeen.length > 0 ? rulesSeen.join(', ') : 'none'}`;
    io.stdout(settings.format === 'markdown' ? `---\n\n${summary}\n` : `${summary}\n`);
    return EXIT_OK;
}
async function findDemoCases(root, dir) {
    const entries = (await (0,promises_namespaceObject.readdir)(dir, { withFileTypes: true })).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    const before = entries.find((e) => e.isFile() && /^before\./.test(e.name));
    const after = entries.find((e) => e.isFile() && /^after\./.test(e.name));
    const cases = [];
    if (before || after) {
        const name = external_node_path_default().relative(root, dir).split((external_node_path_default()).sep).join('/') || external_node_path_default().basename(dir);
        const pair = await readFilePair(dir, before ? external_node_path_default().join(dir, before.name) : DEV_NULL, after ? external_node_path_default().join(dir, after.name) : DEV_NULL);
        // Report the case-relative name (`<case>/after.yaml`), not an absolute path of this machine.
        pair.path = `${name}/${(after ?? before).name}`;
        cases.push({ name, file: pair });
    }
    for (const e of entries) {
        if (e.isDirectory() && !e.name.startsWith('.'))
            cases.push(...(await findDemoCases(root, external_node_path_default().join(dir, e.name))));
    }
    return cases;
}

;// CONCATENATED MODULE: ./src/cli.ts
// Command-line entry (bundled to dist/cli/index.js): only runs the orchestrator and hands its status to
// the process. process.exitCode, not process.exit(), so stdout is flushed even when piped.

void runCli(process.argv.slice(2), {
    cwd: process.cwd(),
    env: process.env,
    stdoutIsTty: process.stdout.isTTY === true,
    stdout: (s) => process.stdout.write(s),
    stderr: (s) => process.stderr.write(s),
    stdin: () => process.stdin,
}).then((code) => {
    process.exitCode = code;
});

