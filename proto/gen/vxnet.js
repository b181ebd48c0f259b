/*eslint-disable block-scoped-var, id-length, no-control-regex, no-magic-numbers, no-mixed-operators, no-prototype-builtins, no-redeclare, no-shadow, no-var, sort-vars, default-case, jsdoc/require-param*/
import $protobuf from "protobufjs/minimal.js";

$protobuf.util.Long = undefined;
$protobuf.configure();

// Common aliases
const $Reader = $protobuf.Reader, $Writer = $protobuf.Writer, $util = $protobuf.util;
const $Object = $util.global.Object, $undefined = $util.global.undefined, $Error = $util.global.Error, $RangeError = $util.global.RangeError, $TypeError = $util.global.TypeError, $String = $util.global.String, $Number = $util.global.Number, $Boolean = $util.global.Boolean, $parseInt = $util.global.parseInt, $BigInt = $util.global.BigInt, $Array = $util.global.Array;

// Exported root namespace
const $root = $protobuf.roots["default"] || ($protobuf.roots["default"] = {});

export const vxnet = $root.vxnet = (() => {

    /**
     * Namespace vxnet.
     * @exports vxnet
     * @namespace
     */
    const vxnet = {};

    vxnet.v1 = (function() {

        /**
         * Namespace v1.
         * @memberof vxnet
         * @namespace
         */
        const v1 = {};

        /**
         * ErrorCode enum.
         * @name vxnet.v1.ErrorCode
         * @enum {number}
         * @property {number} ERROR_CODE_UNSPECIFIED=0 ERROR_CODE_UNSPECIFIED value
         * @property {number} INVALID_ARGUMENT=1 INVALID_ARGUMENT value
         * @property {number} NOT_FOUND=2 NOT_FOUND value
         * @property {number} ALREADY_EXISTS=3 ALREADY_EXISTS value
         * @property {number} EXHAUSTED=4 EXHAUSTED value
         * @property {number} FAILED_PRECONDITION=5 FAILED_PRECONDITION value
         * @property {number} CONFLICT=6 CONFLICT value
         * @property {number} UNAVAILABLE=7 UNAVAILABLE value
         * @property {number} INTERNAL=8 INTERNAL value
         * @property {number} PERMISSION_DENIED=9 PERMISSION_DENIED value
         */
        v1.ErrorCode = (function() {
            const valuesById = $Object.create(null), values = $Object.create(valuesById);
            values[valuesById[0] = "ERROR_CODE_UNSPECIFIED"] = 0;
            values[valuesById[1] = "INVALID_ARGUMENT"] = 1;
            values[valuesById[2] = "NOT_FOUND"] = 2;
            values[valuesById[3] = "ALREADY_EXISTS"] = 3;
            values[valuesById[4] = "EXHAUSTED"] = 4;
            values[valuesById[5] = "FAILED_PRECONDITION"] = 5;
            values[valuesById[6] = "CONFLICT"] = 6;
            values[valuesById[7] = "UNAVAILABLE"] = 7;
            values[valuesById[8] = "INTERNAL"] = 8;
            values[valuesById[9] = "PERMISSION_DENIED"] = 9;
            return values;
        })();

        v1.Error = (function() {

            /**
             * Properties of an Error.
             * @typedef {Object} vxnet.v1.Error.$Properties
             * @property {vxnet.v1.ErrorCode|null} [code] Error code
             * @property {string|null} [message] Error message
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an Error.
             * @memberof vxnet.v1
             * @interface IError
             * @augments vxnet.v1.Error.$Properties
             * @deprecated Use vxnet.v1.Error.$Properties instead.
             */

            /**
             * Shape of an Error.
             * @typedef {vxnet.v1.Error.$Properties} vxnet.v1.Error.$Shape
             */

            /**
             * Constructs a new Error.
             * @memberof vxnet.v1
             * @classdesc Represents an Error.
             * @constructor
             * @param {vxnet.v1.Error.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Error = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Error code.
             * @member {vxnet.v1.ErrorCode} code
             * @memberof vxnet.v1.Error
             * @instance
             */
            Error.prototype.code = 0;

            /**
             * Error message.
             * @member {string} message
             * @memberof vxnet.v1.Error
             * @instance
             */
            Error.prototype.message = "";

            /**
             * Creates a new Error instance using the specified properties.
             * @function create
             * @memberof vxnet.v1.Error
             * @static
             * @param {vxnet.v1.Error.$Properties=} [properties] Properties to set
             * @returns {vxnet.v1.Error} Error instance
             * @type {{
             *   (properties: vxnet.v1.Error.$Shape): vxnet.v1.Error & vxnet.v1.Error.$Shape;
             *   (properties?: vxnet.v1.Error.$Properties): vxnet.v1.Error;
             * }}
             */
            Error.create = function(properties) {
                return new Error(properties);
            };

            /**
             * Encodes the specified Error message. Does not implicitly {@link vxnet.v1.Error.verify|verify} messages.
             * @function encode
             * @memberof vxnet.v1.Error
             * @static
             * @param {vxnet.v1.Error.$Properties} message Error message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Error.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.code != null && $Object.hasOwnProperty.call(message, "code") && message.code !== 0)
                    writer.uint32(/* id 1, wireType 0 =*/8).int32(message.code);
                if (message.message != null && $Object.hasOwnProperty.call(message, "message") && message.message !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.message);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes an Error message from the specified reader or buffer.
             * @function decode
             * @memberof vxnet.v1.Error
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {vxnet.v1.Error & vxnet.v1.Error.$Shape} Error
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Error.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.vxnet.v1.Error();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.code = value;
                            else
                                delete message.code;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.message = value;
                            else
                                delete message.message;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Creates an Error message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof vxnet.v1.Error
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {vxnet.v1.Error} Error
             */
            Error.fromObject = function (object, _depth) {
                if (object instanceof $root.vxnet.v1.Error)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".vxnet.v1.Error: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.vxnet.v1.Error();
                if (object.code !== 0 && (typeof object.code !== "string" || $root.vxnet.v1.ErrorCode[object.code] !== 0))
                    switch (object.code) {
                    case "ERROR_CODE_UNSPECIFIED":
                    case 0:
                        message.code = 0;
                        break;
                    case "INVALID_ARGUMENT":
                    case 1:
                        message.code = 1;
                        break;
                    case "NOT_FOUND":
                    case 2:
                        message.code = 2;
                        break;
                    case "ALREADY_EXISTS":
                    case 3:
                        message.code = 3;
                        break;
                    case "EXHAUSTED":
                    case 4:
                        message.code = 4;
                        break;
                    case "FAILED_PRECONDITION":
                    case 5:
                        message.code = 5;
                        break;
                    case "CONFLICT":
                    case 6:
                        message.code = 6;
                        break;
                    case "UNAVAILABLE":
                    case 7:
                        message.code = 7;
                        break;
                    case "INTERNAL":
                    case 8:
                        message.code = 8;
                        break;
                    case "PERMISSION_DENIED":
                    case 9:
                        message.code = 9;
                        break;
                    default:
                        if (typeof object.code === "number" && (object.code | 0) === object.code)
                            message.code = object.code;
                    }
                if (object.message != null)
                    if (typeof object.message !== "string" || object.message.length)
                        message.message = $String(object.message);
                return message;
            };

            /**
             * Creates a plain object from an Error message. Also converts values to other types if specified.
             * @function toObject
             * @memberof vxnet.v1.Error
             * @static
             * @param {vxnet.v1.Error} message Error
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Error.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.code = options.enums === $String ? "ERROR_CODE_UNSPECIFIED" : 0;
                    object.message = "";
                }
                if (message.code != null && $Object.hasOwnProperty.call(message, "code"))
                    object.code = options.enums === $String ? $root.vxnet.v1.ErrorCode[message.code] === $undefined ? message.code : $root.vxnet.v1.ErrorCode[message.code] : message.code;
                if (message.message != null && $Object.hasOwnProperty.call(message, "message"))
                    object.message = message.message;
                return object;
            };

            /**
             * Converts this Error to JSON.
             * @function toJSON
             * @memberof vxnet.v1.Error
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Error.prototype.toJSON = function() {
                return Error.toObject(this, $protobuf.util.toJSONOptions);
            };

            return Error;
        })();

        /**
         * Driver enum.
         * @name vxnet.v1.Driver
         * @enum {number}
         * @property {number} DRIVER_UNSPECIFIED=0 DRIVER_UNSPECIFIED value
         * @property {number} OVERLAY=1 OVERLAY value
         * @property {number} BRIDGE=2 BRIDGE value
         */
        v1.Driver = (function() {
            const valuesById = $Object.create(null), values = $Object.create(valuesById);
            values[valuesById[0] = "DRIVER_UNSPECIFIED"] = 0;
            values[valuesById[1] = "OVERLAY"] = 1;
            values[valuesById[2] = "BRIDGE"] = 2;
            return values;
        })();

        /**
         * Mode enum.
         * @name vxnet.v1.Mode
         * @enum {number}
         * @property {number} MODE_UNSPECIFIED=0 MODE_UNSPECIFIED value
         * @property {number} NETWORKS=1 NETWORKS value
         * @property {number} DEFAULT_BRIDGE=2 DEFAULT_BRIDGE value
         * @property {number} HOST=3 HOST value
         * @property {number} NONE=4 NONE value
         * @property {number} CONTAINER=5 CONTAINER value
         */
        v1.Mode = (function() {
            const valuesById = $Object.create(null), values = $Object.create(valuesById);
            values[valuesById[0] = "MODE_UNSPECIFIED"] = 0;
            values[valuesById[1] = "NETWORKS"] = 1;
            values[valuesById[2] = "DEFAULT_BRIDGE"] = 2;
            values[valuesById[3] = "HOST"] = 3;
            values[valuesById[4] = "NONE"] = 4;
            values[valuesById[5] = "CONTAINER"] = 5;
            return values;
        })();

        /**
         * Protocol enum.
         * @name vxnet.v1.Protocol
         * @enum {number}
         * @property {number} PROTOCOL_UNSPECIFIED=0 PROTOCOL_UNSPECIFIED value
         * @property {number} TCP=1 TCP value
         * @property {number} UDP=2 UDP value
         */
        v1.Protocol = (function() {
            const valuesById = $Object.create(null), values = $Object.create(valuesById);
            values[valuesById[0] = "PROTOCOL_UNSPECIFIED"] = 0;
            values[valuesById[1] = "TCP"] = 1;
            values[valuesById[2] = "UDP"] = 2;
            return values;
        })();

        /**
         * EndpointKind enum.
         * @name vxnet.v1.EndpointKind
         * @enum {number}
         * @property {number} KIND_WORKLOAD=0 KIND_WORKLOAD value
         * @property {number} KIND_DOCKER=1 KIND_DOCKER value
         * @property {number} KIND_CNI=2 KIND_CNI value
         */
        v1.EndpointKind = (function() {
            const valuesById = $Object.create(null), values = $Object.create(valuesById);
            values[valuesById[0] = "KIND_WORKLOAD"] = 0;
            values[valuesById[1] = "KIND_DOCKER"] = 1;
            values[valuesById[2] = "KIND_CNI"] = 2;
            return values;
        })();

        v1.PortMapping = (function() {

            /**
             * Properties of a PortMapping.
             * @typedef {Object} vxnet.v1.PortMapping.$Properties
             * @property {vxnet.v1.Protocol|null} [protocol] PortMapping protocol
             * @property {string|null} [hostIp] PortMapping hostIp
             * @property {number|null} [hostPort] PortMapping hostPort
             * @property {number|null} [containerPort] PortMapping containerPort
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a PortMapping.
             * @memberof vxnet.v1
             * @interface IPortMapping
             * @augments vxnet.v1.PortMapping.$Properties
             * @deprecated Use vxnet.v1.PortMapping.$Properties instead.
             */

            /**
             * Shape of a PortMapping.
             * @typedef {vxnet.v1.PortMapping.$Properties} vxnet.v1.PortMapping.$Shape
             */

            /**
             * Constructs a new PortMapping.
             * @memberof vxnet.v1
             * @classdesc Represents a PortMapping.
             * @constructor
             * @param {vxnet.v1.PortMapping.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const PortMapping = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * PortMapping protocol.
             * @member {vxnet.v1.Protocol} protocol
             * @memberof vxnet.v1.PortMapping
             * @instance
             */
            PortMapping.prototype.protocol = 0;

            /**
             * PortMapping hostIp.
             * @member {string} hostIp
             * @memberof vxnet.v1.PortMapping
             * @instance
             */
            PortMapping.prototype.hostIp = "";

            /**
             * PortMapping hostPort.
             * @member {number} hostPort
             * @memberof vxnet.v1.PortMapping
             * @instance
             */
            PortMapping.prototype.hostPort = 0;

            /**
             * PortMapping containerPort.
             * @member {number} containerPort
             * @memberof vxnet.v1.PortMapping
             * @instance
             */
            PortMapping.prototype.containerPort = 0;

            /**
             * Creates a new PortMapping instance using the specified properties.
             * @function create
             * @memberof vxnet.v1.PortMapping
             * @static
             * @param {vxnet.v1.PortMapping.$Properties=} [properties] Properties to set
             * @returns {vxnet.v1.PortMapping} PortMapping instance
             * @type {{
             *   (properties: vxnet.v1.PortMapping.$Shape): vxnet.v1.PortMapping & vxnet.v1.PortMapping.$Shape;
             *   (properties?: vxnet.v1.PortMapping.$Properties): vxnet.v1.PortMapping;
             * }}
             */
            PortMapping.create = function(properties) {
                return new PortMapping(properties);
            };

            /**
             * Encodes the specified PortMapping message. Does not implicitly {@link vxnet.v1.PortMapping.verify|verify} messages.
             * @function encode
             * @memberof vxnet.v1.PortMapping
             * @static
             * @param {vxnet.v1.PortMapping.$Properties} message PortMapping message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            PortMapping.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.protocol != null && $Object.hasOwnProperty.call(message, "protocol") && message.protocol !== 0)
                    writer.uint32(/* id 1, wireType 0 =*/8).int32(message.protocol);
                if (message.hostIp != null && $Object.hasOwnProperty.call(message, "hostIp") && message.hostIp !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.hostIp);
                if (message.hostPort != null && $Object.hasOwnProperty.call(message, "hostPort") && message.hostPort !== 0)
                    writer.uint32(/* id 3, wireType 0 =*/24).uint32(message.hostPort);
                if (message.containerPort != null && $Object.hasOwnProperty.call(message, "containerPort") && message.containerPort !== 0)
                    writer.uint32(/* id 4, wireType 0 =*/32).uint32(message.containerPort);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a PortMapping message from the specified reader or buffer.
             * @function decode
             * @memberof vxnet.v1.PortMapping
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {vxnet.v1.PortMapping & vxnet.v1.PortMapping.$Shape} PortMapping
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            PortMapping.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.vxnet.v1.PortMapping();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.protocol = value;
                            else
                                delete message.protocol;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.hostIp = value;
                            else
                                delete message.hostIp;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.hostPort = value;
                            else
                                delete message.hostPort;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.containerPort = value;
                            else
                                delete message.containerPort;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Creates a PortMapping message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof vxnet.v1.PortMapping
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {vxnet.v1.PortMapping} PortMapping
             */
            PortMapping.fromObject = function (object, _depth) {
                if (object instanceof $root.vxnet.v1.PortMapping)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".vxnet.v1.PortMapping: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.vxnet.v1.PortMapping();
                if (object.protocol !== 0 && (typeof object.protocol !== "string" || $root.vxnet.v1.Protocol[object.protocol] !== 0))
                    switch (object.protocol) {
                    case "PROTOCOL_UNSPECIFIED":
                    case 0:
                        message.protocol = 0;
                        break;
                    case "TCP":
                    case 1:
                        message.protocol = 1;
                        break;
                    case "UDP":
                    case 2:
                        message.protocol = 2;
                        break;
                    default:
                        if (typeof object.protocol === "number" && (object.protocol | 0) === object.protocol)
                            message.protocol = object.protocol;
                    }
                if (object.hostIp != null)
                    if (typeof object.hostIp !== "string" || object.hostIp.length)
                        message.hostIp = $String(object.hostIp);
                if (object.hostPort != null)
                    if ($Number(object.hostPort) !== 0)
                        message.hostPort = object.hostPort >>> 0;
                if (object.containerPort != null)
                    if ($Number(object.containerPort) !== 0)
                        message.containerPort = object.containerPort >>> 0;
                return message;
            };

            /**
             * Creates a plain object from a PortMapping message. Also converts values to other types if specified.
             * @function toObject
             * @memberof vxnet.v1.PortMapping
             * @static
             * @param {vxnet.v1.PortMapping} message PortMapping
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            PortMapping.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.protocol = options.enums === $String ? "PROTOCOL_UNSPECIFIED" : 0;
                    object.hostIp = "";
                    object.hostPort = 0;
                    object.containerPort = 0;
                }
                if (message.protocol != null && $Object.hasOwnProperty.call(message, "protocol"))
                    object.protocol = options.enums === $String ? $root.vxnet.v1.Protocol[message.protocol] === $undefined ? message.protocol : $root.vxnet.v1.Protocol[message.protocol] : message.protocol;
                if (message.hostIp != null && $Object.hasOwnProperty.call(message, "hostIp"))
                    object.hostIp = message.hostIp;
                if (message.hostPort != null && $Object.hasOwnProperty.call(message, "hostPort"))
                    object.hostPort = message.hostPort;
                if (message.containerPort != null && $Object.hasOwnProperty.call(message, "containerPort"))
                    object.containerPort = message.containerPort;
                return object;
            };

            /**
             * Converts this PortMapping to JSON.
             * @function toJSON
             * @memberof vxnet.v1.PortMapping
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            PortMapping.prototype.toJSON = function() {
                return PortMapping.toObject(this, $protobuf.util.toJSONOptions);
            };

            return PortMapping;
        })();

        v1.Network = (function() {

            /**
             * Properties of a Network.
             * @typedef {Object} vxnet.v1.Network.$Properties
             * @property {string|null} [name] Network name
             * @property {string|null} [id] Network id
             * @property {vxnet.v1.Driver|null} [driver] Network driver
             * @property {number|null} [vni] Network vni
             * @property {string|null} [subnet] Network subnet
             * @property {string|null} [gateway] Network gateway
             * @property {string|null} [ipRange] Network ipRange
             * @property {boolean|null} [internal] Network internal
             * @property {string|null} [host] Network host
             * @property {Object.<string,string>|null} [labels] Network labels
             * @property {Object.<string,string>|null} [options] Network options
             * @property {number|null} [createdMs] Network createdMs
             * @property {boolean|null} [ipv6] Network ipv6
             * @property {string|null} [subnet6] Network subnet6
             * @property {string|null} [gateway6] Network gateway6
             * @property {string|null} [ipRange6] Network ipRange6
             * @property {Object.<string,string>|null} [auxAddresses] Network auxAddresses
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Network.
             * @memberof vxnet.v1
             * @interface INetwork
             * @augments vxnet.v1.Network.$Properties
             * @deprecated Use vxnet.v1.Network.$Properties instead.
             */

            /**
             * Shape of a Network.
             * @typedef {vxnet.v1.Network.$Properties} vxnet.v1.Network.$Shape
             */

            /**
             * Constructs a new Network.
             * @memberof vxnet.v1
             * @classdesc Represents a Network.
             * @constructor
             * @param {vxnet.v1.Network.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Network = function (properties) {
                this.labels = {};
                this.options = {};
                this.auxAddresses = {};
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Network name.
             * @member {string} name
             * @memberof vxnet.v1.Network
             * @instance
             */
            Network.prototype.name = "";

            /**
             * Network id.
             * @member {string} id
             * @memberof vxnet.v1.Network
             * @instance
             */
            Network.prototype.id = "";

            /**
             * Network driver.
             * @member {vxnet.v1.Driver} driver
             * @memberof vxnet.v1.Network
             * @instance
             */
            Network.prototype.driver = 0;

            /**
             * Network vni.
             * @member {number} vni
             * @memberof vxnet.v1.Network
             * @instance
             */
            Network.prototype.vni = 0;

            /**
             * Network subnet.
             * @member {string} subnet
             * @memberof vxnet.v1.Network
             * @instance
             */
            Network.prototype.subnet = "";

            /**
             * Network gateway.
             * @member {string} gateway
             * @memberof vxnet.v1.Network
             * @instance
             */
            Network.prototype.gateway = "";

            /**
             * Network ipRange.
             * @member {string} ipRange
             * @memberof vxnet.v1.Network
             * @instance
             */
            Network.prototype.ipRange = "";

            /**
             * Network internal.
             * @member {boolean} internal
             * @memberof vxnet.v1.Network
             * @instance
             */
            Network.prototype.internal = false;

            /**
             * Network host.
             * @member {string} host
             * @memberof vxnet.v1.Network
             * @instance
             */
            Network.prototype.host = "";

            /**
             * Network labels.
             * @member {Object.<string,string>} labels
             * @memberof vxnet.v1.Network
             * @instance
             */
            Network.prototype.labels = $util.emptyObject;

            /**
             * Network options.
             * @member {Object.<string,string>} options
             * @memberof vxnet.v1.Network
             * @instance
             */
            Network.prototype.options = $util.emptyObject;

            /**
             * Network createdMs.
             * @member {number} createdMs
             * @memberof vxnet.v1.Network
             * @instance
             */
            Network.prototype.createdMs = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * Network ipv6.
             * @member {boolean} ipv6
             * @memberof vxnet.v1.Network
             * @instance
             */
            Network.prototype.ipv6 = false;

            /**
             * Network subnet6.
             * @member {string} subnet6
             * @memberof vxnet.v1.Network
             * @instance
             */
            Network.prototype.subnet6 = "";

            /**
             * Network gateway6.
             * @member {string} gateway6
             * @memberof vxnet.v1.Network
             * @instance
             */
            Network.prototype.gateway6 = "";

            /**
             * Network ipRange6.
             * @member {string} ipRange6
             * @memberof vxnet.v1.Network
             * @instance
             */
            Network.prototype.ipRange6 = "";

            /**
             * Network auxAddresses.
             * @member {Object.<string,string>} auxAddresses
             * @memberof vxnet.v1.Network
             * @instance
             */
            Network.prototype.auxAddresses = $util.emptyObject;

            /**
             * Creates a new Network instance using the specified properties.
             * @function create
             * @memberof vxnet.v1.Network
             * @static
             * @param {vxnet.v1.Network.$Properties=} [properties] Properties to set
             * @returns {vxnet.v1.Network} Network instance
             * @type {{
             *   (properties: vxnet.v1.Network.$Shape): vxnet.v1.Network & vxnet.v1.Network.$Shape;
             *   (properties?: vxnet.v1.Network.$Properties): vxnet.v1.Network;
             * }}
             */
            Network.create = function(properties) {
                return new Network(properties);
            };

            /**
             * Encodes the specified Network message. Does not implicitly {@link vxnet.v1.Network.verify|verify} messages.
             * @function encode
             * @memberof vxnet.v1.Network
             * @static
             * @param {vxnet.v1.Network.$Properties} message Network message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Network.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.name != null && $Object.hasOwnProperty.call(message, "name") && message.name !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.name);
                if (message.id != null && $Object.hasOwnProperty.call(message, "id") && message.id !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.id);
                if (message.driver != null && $Object.hasOwnProperty.call(message, "driver") && message.driver !== 0)
                    writer.uint32(/* id 3, wireType 0 =*/24).int32(message.driver);
                if (message.vni != null && $Object.hasOwnProperty.call(message, "vni") && message.vni !== 0)
                    writer.uint32(/* id 4, wireType 0 =*/32).uint32(message.vni);
                if (message.subnet != null && $Object.hasOwnProperty.call(message, "subnet") && message.subnet !== "")
                    writer.uint32(/* id 5, wireType 2 =*/42).string(message.subnet);
                if (message.gateway != null && $Object.hasOwnProperty.call(message, "gateway") && message.gateway !== "")
                    writer.uint32(/* id 6, wireType 2 =*/50).string(message.gateway);
                if (message.ipRange != null && $Object.hasOwnProperty.call(message, "ipRange") && message.ipRange !== "")
                    writer.uint32(/* id 7, wireType 2 =*/58).string(message.ipRange);
                if (message.internal != null && $Object.hasOwnProperty.call(message, "internal") && message.internal !== false)
                    writer.uint32(/* id 8, wireType 0 =*/64).bool(message.internal);
                if (message.host != null && $Object.hasOwnProperty.call(message, "host") && message.host !== "")
                    writer.uint32(/* id 9, wireType 2 =*/74).string(message.host);
                if (message.labels != null && $Object.hasOwnProperty.call(message, "labels"))
                    for (let keys = $Object.keys(message.labels), i = 0; i < keys.length; ++i)
                        writer.uint32(/* id 10, wireType 2 =*/82).fork().uint32(/* id 1, wireType 2 =*/10).string(keys[i]).uint32(/* id 2, wireType 2 =*/18).string(message.labels[keys[i]]).ldelim();
                if (message.options != null && $Object.hasOwnProperty.call(message, "options"))
                    for (let keys = $Object.keys(message.options), i = 0; i < keys.length; ++i)
                        writer.uint32(/* id 11, wireType 2 =*/90).fork().uint32(/* id 1, wireType 2 =*/10).string(keys[i]).uint32(/* id 2, wireType 2 =*/18).string(message.options[keys[i]]).ldelim();
                if (message.createdMs != null && $Object.hasOwnProperty.call(message, "createdMs") && (typeof message.createdMs === "object" ? message.createdMs.low || message.createdMs.high : message.createdMs !== 0))
                    writer.uint32(/* id 12, wireType 0 =*/96).int64(message.createdMs);
                if (message.ipv6 != null && $Object.hasOwnProperty.call(message, "ipv6") && message.ipv6 !== false)
                    writer.uint32(/* id 60, wireType 0 =*/480).bool(message.ipv6);
                if (message.subnet6 != null && $Object.hasOwnProperty.call(message, "subnet6") && message.subnet6 !== "")
                    writer.uint32(/* id 61, wireType 2 =*/490).string(message.subnet6);
                if (message.gateway6 != null && $Object.hasOwnProperty.call(message, "gateway6") && message.gateway6 !== "")
                    writer.uint32(/* id 62, wireType 2 =*/498).string(message.gateway6);
                if (message.ipRange6 != null && $Object.hasOwnProperty.call(message, "ipRange6") && message.ipRange6 !== "")
                    writer.uint32(/* id 63, wireType 2 =*/506).string(message.ipRange6);
                if (message.auxAddresses != null && $Object.hasOwnProperty.call(message, "auxAddresses"))
                    for (let keys = $Object.keys(message.auxAddresses), i = 0; i < keys.length; ++i)
                        writer.uint32(/* id 64, wireType 2 =*/514).fork().uint32(/* id 1, wireType 2 =*/10).string(keys[i]).uint32(/* id 2, wireType 2 =*/18).string(message.auxAddresses[keys[i]]).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a Network message from the specified reader or buffer.
             * @function decode
             * @memberof vxnet.v1.Network
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {vxnet.v1.Network & vxnet.v1.Network.$Shape} Network
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Network.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, key, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.vxnet.v1.Network();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.name = value;
                            else
                                delete message.name;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.id = value;
                            else
                                delete message.id;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.driver = value;
                            else
                                delete message.driver;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.vni = value;
                            else
                                delete message.vni;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.subnet = value;
                            else
                                delete message.subnet;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.gateway = value;
                            else
                                delete message.gateway;
                            continue;
                        }
                    case 7: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.ipRange = value;
                            else
                                delete message.ipRange;
                            continue;
                        }
                    case 8: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.internal = value;
                            else
                                delete message.internal;
                            continue;
                        }
                    case 9: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.host = value;
                            else
                                delete message.host;
                            continue;
                        }
                    case 10: {
                            if (wireType !== 2)
                                break;
                            if (message.labels === $util.emptyObject)
                                message.labels = {};
                            let end2 = reader.size() + reader.pos;
                            if (end2 > reader.len)
                                throw $RangeError("index out of range");
                            reader.len = end2;
                            key = "";
                            value = "";
                            while (reader.pos < end2) {
                                let tag2 = reader.tag();
                                wireType = tag2 & 7;
                                switch (tag2 >>>= 3) {
                                case 1:
                                    if (wireType !== 2)
                                        break;
                                    key = reader.stringVerify();
                                    continue;
                                case 2:
                                    if (wireType !== 2)
                                        break;
                                    value = reader.stringVerify();
                                    continue;
                                }
                                reader.skipType(wireType, _depth, tag2);
                            }
                            if (reader.pos !== end2)
                                throw $RangeError("index out of range");
                            reader.len = end;
                            if (key === "__proto__")
                                $util.makeProp(message.labels, key);
                            message.labels[key] = value;
                            continue;
                        }
                    case 11: {
                            if (wireType !== 2)
                                break;
                            if (message.options === $util.emptyObject)
                                message.options = {};
                            let end2 = reader.size() + reader.pos;
                            if (end2 > reader.len)
                                throw $RangeError("index out of range");
                            reader.len = end2;
                            key = "";
                            value = "";
                            while (reader.pos < end2) {
                                let tag2 = reader.tag();
                                wireType = tag2 & 7;
                                switch (tag2 >>>= 3) {
                                case 1:
                                    if (wireType !== 2)
                                        break;
                                    key = reader.stringVerify();
                                    continue;
                                case 2:
                                    if (wireType !== 2)
                                        break;
                                    value = reader.stringVerify();
                                    continue;
                                }
                                reader.skipType(wireType, _depth, tag2);
                            }
                            if (reader.pos !== end2)
                                throw $RangeError("index out of range");
                            reader.len = end;
                            if (key === "__proto__")
                                $util.makeProp(message.options, key);
                            message.options[key] = value;
                            continue;
                        }
                    case 12: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.createdMs = value;
                            else
                                delete message.createdMs;
                            continue;
                        }
                    case 60: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.ipv6 = value;
                            else
                                delete message.ipv6;
                            continue;
                        }
                    case 61: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.subnet6 = value;
                            else
                                delete message.subnet6;
                            continue;
                        }
                    case 62: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.gateway6 = value;
                            else
                                delete message.gateway6;
                            continue;
                        }
                    case 63: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.ipRange6 = value;
                            else
                                delete message.ipRange6;
                            continue;
                        }
                    case 64: {
                            if (wireType !== 2)
                                break;
                            if (message.auxAddresses === $util.emptyObject)
                                message.auxAddresses = {};
                            let end2 = reader.size() + reader.pos;
                            if (end2 > reader.len)
                                throw $RangeError("index out of range");
                            reader.len = end2;
                            key = "";
                            value = "";
                            while (reader.pos < end2) {
                                let tag2 = reader.tag();
                                wireType = tag2 & 7;
                                switch (tag2 >>>= 3) {
                                case 1:
                                    if (wireType !== 2)
                                        break;
                                    key = reader.stringVerify();
                                    continue;
                                case 2:
                                    if (wireType !== 2)
                                        break;
                                    value = reader.stringVerify();
                                    continue;
                                }
                                reader.skipType(wireType, _depth, tag2);
                            }
                            if (reader.pos !== end2)
                                throw $RangeError("index out of range");
                            reader.len = end;
                            if (key === "__proto__")
                                $util.makeProp(message.auxAddresses, key);
                            message.auxAddresses[key] = value;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Creates a Network message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof vxnet.v1.Network
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {vxnet.v1.Network} Network
             */
            Network.fromObject = function (object, _depth) {
                if (object instanceof $root.vxnet.v1.Network)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".vxnet.v1.Network: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.vxnet.v1.Network();
                if (object.name != null)
                    if (typeof object.name !== "string" || object.name.length)
                        message.name = $String(object.name);
                if (object.id != null)
                    if (typeof object.id !== "string" || object.id.length)
                        message.id = $String(object.id);
                if (object.driver !== 0 && (typeof object.driver !== "string" || $root.vxnet.v1.Driver[object.driver] !== 0))
                    switch (object.driver) {
                    case "DRIVER_UNSPECIFIED":
                    case 0:
                        message.driver = 0;
                        break;
                    case "OVERLAY":
                    case 1:
                        message.driver = 1;
                        break;
                    case "BRIDGE":
                    case 2:
                        message.driver = 2;
                        break;
                    default:
                        if (typeof object.driver === "number" && (object.driver | 0) === object.driver)
                            message.driver = object.driver;
                    }
                if (object.vni != null)
                    if ($Number(object.vni) !== 0)
                        message.vni = object.vni >>> 0;
                if (object.subnet != null)
                    if (typeof object.subnet !== "string" || object.subnet.length)
                        message.subnet = $String(object.subnet);
                if (object.gateway != null)
                    if (typeof object.gateway !== "string" || object.gateway.length)
                        message.gateway = $String(object.gateway);
                if (object.ipRange != null)
                    if (typeof object.ipRange !== "string" || object.ipRange.length)
                        message.ipRange = $String(object.ipRange);
                if (object.internal != null)
                    if (object.internal)
                        message.internal = $Boolean(object.internal);
                if (object.host != null)
                    if (typeof object.host !== "string" || object.host.length)
                        message.host = $String(object.host);
                if (object.labels) {
                    if (!$util.isObject(object.labels))
                        throw $TypeError(".vxnet.v1.Network.labels: object expected");
                    message.labels = {};
                    for (let keys = $Object.keys(object.labels), i = 0; i < keys.length; ++i) {
                        if (keys[i] === "__proto__")
                            $util.makeProp(message.labels, keys[i]);
                        message.labels[keys[i]] = $String(object.labels[keys[i]]);
                    }
                }
                if (object.options) {
                    if (!$util.isObject(object.options))
                        throw $TypeError(".vxnet.v1.Network.options: object expected");
                    message.options = {};
                    for (let keys = $Object.keys(object.options), i = 0; i < keys.length; ++i) {
                        if (keys[i] === "__proto__")
                            $util.makeProp(message.options, keys[i]);
                        message.options[keys[i]] = $String(object.options[keys[i]]);
                    }
                }
                if (object.createdMs != null)
                    if (typeof object.createdMs === "object" ? object.createdMs.low || object.createdMs.high : $Number(object.createdMs) !== 0)
                        if ($util.Long)
                            message.createdMs = $util.Long.fromValue(object.createdMs, false);
                        else if (typeof object.createdMs === "string")
                            message.createdMs = $parseInt(object.createdMs, 10);
                        else if (typeof object.createdMs === "number")
                            message.createdMs = object.createdMs;
                        else if (typeof object.createdMs === "object")
                            message.createdMs = new $util.LongBits(object.createdMs.low >>> 0, object.createdMs.high >>> 0).toNumber();
                if (object.ipv6 != null)
                    if (object.ipv6)
                        message.ipv6 = $Boolean(object.ipv6);
                if (object.subnet6 != null)
                    if (typeof object.subnet6 !== "string" || object.subnet6.length)
                        message.subnet6 = $String(object.subnet6);
                if (object.gateway6 != null)
                    if (typeof object.gateway6 !== "string" || object.gateway6.length)
                        message.gateway6 = $String(object.gateway6);
                if (object.ipRange6 != null)
                    if (typeof object.ipRange6 !== "string" || object.ipRange6.length)
                        message.ipRange6 = $String(object.ipRange6);
                if (object.auxAddresses) {
                    if (!$util.isObject(object.auxAddresses))
                        throw $TypeError(".vxnet.v1.Network.auxAddresses: object expected");
                    message.auxAddresses = {};
                    for (let keys = $Object.keys(object.auxAddresses), i = 0; i < keys.length; ++i) {
                        if (keys[i] === "__proto__")
                            $util.makeProp(message.auxAddresses, keys[i]);
                        message.auxAddresses[keys[i]] = $String(object.auxAddresses[keys[i]]);
                    }
                }
                return message;
            };

            /**
             * Creates a plain object from a Network message. Also converts values to other types if specified.
             * @function toObject
             * @memberof vxnet.v1.Network
             * @static
             * @param {vxnet.v1.Network} message Network
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Network.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.objects || options.defaults) {
                    object.labels = {};
                    object.options = {};
                    object.auxAddresses = {};
                }
                if (options.defaults) {
                    object.name = "";
                    object.id = "";
                    object.driver = options.enums === $String ? "DRIVER_UNSPECIFIED" : 0;
                    object.vni = 0;
                    object.subnet = "";
                    object.gateway = "";
                    object.ipRange = "";
                    object.internal = false;
                    object.host = "";
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, false);
                        object.createdMs = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.createdMs = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    object.ipv6 = false;
                    object.subnet6 = "";
                    object.gateway6 = "";
                    object.ipRange6 = "";
                }
                if (message.name != null && $Object.hasOwnProperty.call(message, "name"))
                    object.name = message.name;
                if (message.id != null && $Object.hasOwnProperty.call(message, "id"))
                    object.id = message.id;
                if (message.driver != null && $Object.hasOwnProperty.call(message, "driver"))
                    object.driver = options.enums === $String ? $root.vxnet.v1.Driver[message.driver] === $undefined ? message.driver : $root.vxnet.v1.Driver[message.driver] : message.driver;
                if (message.vni != null && $Object.hasOwnProperty.call(message, "vni"))
                    object.vni = message.vni;
                if (message.subnet != null && $Object.hasOwnProperty.call(message, "subnet"))
                    object.subnet = message.subnet;
                if (message.gateway != null && $Object.hasOwnProperty.call(message, "gateway"))
                    object.gateway = message.gateway;
                if (message.ipRange != null && $Object.hasOwnProperty.call(message, "ipRange"))
                    object.ipRange = message.ipRange;
                if (message.internal != null && $Object.hasOwnProperty.call(message, "internal"))
                    object.internal = message.internal;
                if (message.host != null && $Object.hasOwnProperty.call(message, "host"))
                    object.host = message.host;
                let keys2;
                if (message.labels && (keys2 = $Object.keys(message.labels)).length) {
                    object.labels = {};
                    for (let j = 0; j < keys2.length; ++j) {
                        if (keys2[j] === "__proto__")
                            $util.makeProp(object.labels, keys2[j]);
                        object.labels[keys2[j]] = message.labels[keys2[j]];
                    }
                }
                if (message.options && (keys2 = $Object.keys(message.options)).length) {
                    object.options = {};
                    for (let j = 0; j < keys2.length; ++j) {
                        if (keys2[j] === "__proto__")
                            $util.makeProp(object.options, keys2[j]);
                        object.options[keys2[j]] = message.options[keys2[j]];
                    }
                }
                if (message.createdMs != null && $Object.hasOwnProperty.call(message, "createdMs"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.createdMs = typeof message.createdMs === "number" ? $BigInt(message.createdMs) : $util.Long.fromBits(message.createdMs.low >>> 0, message.createdMs.high >>> 0, false).toBigInt();
                    else if (typeof message.createdMs === "number")
                        object.createdMs = options.longs === $String ? $String(message.createdMs) : message.createdMs;
                    else
                        object.createdMs = options.longs === $String ? $util.Long.prototype.toString.call(message.createdMs) : options.longs === $Number ? new $util.LongBits(message.createdMs.low >>> 0, message.createdMs.high >>> 0).toNumber() : message.createdMs;
                if (message.ipv6 != null && $Object.hasOwnProperty.call(message, "ipv6"))
                    object.ipv6 = message.ipv6;
                if (message.subnet6 != null && $Object.hasOwnProperty.call(message, "subnet6"))
                    object.subnet6 = message.subnet6;
                if (message.gateway6 != null && $Object.hasOwnProperty.call(message, "gateway6"))
                    object.gateway6 = message.gateway6;
                if (message.ipRange6 != null && $Object.hasOwnProperty.call(message, "ipRange6"))
                    object.ipRange6 = message.ipRange6;
                if (message.auxAddresses && (keys2 = $Object.keys(message.auxAddresses)).length) {
                    object.auxAddresses = {};
                    for (let j = 0; j < keys2.length; ++j) {
                        if (keys2[j] === "__proto__")
                            $util.makeProp(object.auxAddresses, keys2[j]);
                        object.auxAddresses[keys2[j]] = message.auxAddresses[keys2[j]];
                    }
                }
                return object;
            };

            /**
             * Converts this Network to JSON.
             * @function toJSON
             * @memberof vxnet.v1.Network
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Network.prototype.toJSON = function() {
                return Network.toObject(this, $protobuf.util.toJSONOptions);
            };

            return Network;
        })();

        v1.NetworkRegistry = (function() {

            /**
             * Properties of a NetworkRegistry.
             * @typedef {Object} vxnet.v1.NetworkRegistry.$Properties
             * @property {number|null} [version] NetworkRegistry version
             * @property {Array.<vxnet.v1.Network.$Properties>|null} [networks] NetworkRegistry networks
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a NetworkRegistry.
             * @memberof vxnet.v1
             * @interface INetworkRegistry
             * @augments vxnet.v1.NetworkRegistry.$Properties
             * @deprecated Use vxnet.v1.NetworkRegistry.$Properties instead.
             */

            /**
             * Shape of a NetworkRegistry.
             * @typedef {vxnet.v1.NetworkRegistry.$Properties} vxnet.v1.NetworkRegistry.$Shape
             */

            /**
             * Constructs a new NetworkRegistry.
             * @memberof vxnet.v1
             * @classdesc Represents a NetworkRegistry.
             * @constructor
             * @param {vxnet.v1.NetworkRegistry.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const NetworkRegistry = function (properties) {
                this.networks = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * NetworkRegistry version.
             * @member {number} version
             * @memberof vxnet.v1.NetworkRegistry
             * @instance
             */
            NetworkRegistry.prototype.version = 0;

            /**
             * NetworkRegistry networks.
             * @member {Array.<vxnet.v1.Network.$Properties>} networks
             * @memberof vxnet.v1.NetworkRegistry
             * @instance
             */
            NetworkRegistry.prototype.networks = $util.emptyArray;

            /**
             * Creates a new NetworkRegistry instance using the specified properties.
             * @function create
             * @memberof vxnet.v1.NetworkRegistry
             * @static
             * @param {vxnet.v1.NetworkRegistry.$Properties=} [properties] Properties to set
             * @returns {vxnet.v1.NetworkRegistry} NetworkRegistry instance
             * @type {{
             *   (properties: vxnet.v1.NetworkRegistry.$Shape): vxnet.v1.NetworkRegistry & vxnet.v1.NetworkRegistry.$Shape;
             *   (properties?: vxnet.v1.NetworkRegistry.$Properties): vxnet.v1.NetworkRegistry;
             * }}
             */
            NetworkRegistry.create = function(properties) {
                return new NetworkRegistry(properties);
            };

            /**
             * Encodes the specified NetworkRegistry message. Does not implicitly {@link vxnet.v1.NetworkRegistry.verify|verify} messages.
             * @function encode
             * @memberof vxnet.v1.NetworkRegistry
             * @static
             * @param {vxnet.v1.NetworkRegistry.$Properties} message NetworkRegistry message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            NetworkRegistry.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.version != null && $Object.hasOwnProperty.call(message, "version") && message.version !== 0)
                    writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.version);
                if (message.networks != null && message.networks.length)
                    for (let i = 0; i < message.networks.length; ++i)
                        $root.vxnet.v1.Network.encode(message.networks[i], writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a NetworkRegistry message from the specified reader or buffer.
             * @function decode
             * @memberof vxnet.v1.NetworkRegistry
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {vxnet.v1.NetworkRegistry & vxnet.v1.NetworkRegistry.$Shape} NetworkRegistry
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            NetworkRegistry.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.vxnet.v1.NetworkRegistry();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.version = value;
                            else
                                delete message.version;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if (!(message.networks && message.networks.length))
                                message.networks = [];
                            message.networks.push($root.vxnet.v1.Network.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Creates a NetworkRegistry message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof vxnet.v1.NetworkRegistry
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {vxnet.v1.NetworkRegistry} NetworkRegistry
             */
            NetworkRegistry.fromObject = function (object, _depth) {
                if (object instanceof $root.vxnet.v1.NetworkRegistry)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".vxnet.v1.NetworkRegistry: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.vxnet.v1.NetworkRegistry();
                if (object.version != null)
                    if ($Number(object.version) !== 0)
                        message.version = object.version >>> 0;
                if (object.networks) {
                    if (!$Array.isArray(object.networks))
                        throw $TypeError(".vxnet.v1.NetworkRegistry.networks: array expected");
                    message.networks = $Array(object.networks.length);
                    for (let i = 0; i < object.networks.length; ++i) {
                        if (!$util.isObject(object.networks[i]))
                            throw $TypeError(".vxnet.v1.NetworkRegistry.networks: object expected");
                        message.networks[i] = $root.vxnet.v1.Network.fromObject(object.networks[i], _depth + 1);
                    }
                }
                return message;
            };

            /**
             * Creates a plain object from a NetworkRegistry message. Also converts values to other types if specified.
             * @function toObject
             * @memberof vxnet.v1.NetworkRegistry
             * @static
             * @param {vxnet.v1.NetworkRegistry} message NetworkRegistry
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            NetworkRegistry.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults)
                    object.networks = [];
                if (options.defaults)
                    object.version = 0;
                if (message.version != null && $Object.hasOwnProperty.call(message, "version"))
                    object.version = message.version;
                if (message.networks && message.networks.length) {
                    object.networks = $Array(message.networks.length);
                    for (let j = 0; j < message.networks.length; ++j)
                        object.networks[j] = $root.vxnet.v1.Network.toObject(message.networks[j], options, _depth + 1);
                }
                return object;
            };

            /**
             * Converts this NetworkRegistry to JSON.
             * @function toJSON
             * @memberof vxnet.v1.NetworkRegistry
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            NetworkRegistry.prototype.toJSON = function() {
                return NetworkRegistry.toObject(this, $protobuf.util.toJSONOptions);
            };

            return NetworkRegistry;
        })();

        v1.Attachment = (function() {

            /**
             * Properties of an Attachment.
             * @typedef {Object} vxnet.v1.Attachment.$Properties
             * @property {string|null} [network] Attachment network
             * @property {string|null} [networkId] Attachment networkId
             * @property {vxnet.v1.Driver|null} [driver] Attachment driver
             * @property {number|null} [vni] Attachment vni
             * @property {string|null} [subnet] Attachment subnet
             * @property {string|null} [gateway] Attachment gateway
             * @property {string|null} [ip] Attachment ip
             * @property {string|null} [mac] Attachment mac
             * @property {string|null} [ifname] Attachment ifname
             * @property {Array.<string>|null} [aliases] Attachment aliases
             * @property {boolean|null} [internal] Attachment internal
             * @property {number|null} [mtu] Attachment mtu
             * @property {string|null} [subnet6] Attachment subnet6
             * @property {string|null} [gateway6] Attachment gateway6
             * @property {string|null} [ip6] Attachment ip6
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an Attachment.
             * @memberof vxnet.v1
             * @interface IAttachment
             * @augments vxnet.v1.Attachment.$Properties
             * @deprecated Use vxnet.v1.Attachment.$Properties instead.
             */

            /**
             * Shape of an Attachment.
             * @typedef {vxnet.v1.Attachment.$Properties} vxnet.v1.Attachment.$Shape
             */

            /**
             * Constructs a new Attachment.
             * @memberof vxnet.v1
             * @classdesc Represents an Attachment.
             * @constructor
             * @param {vxnet.v1.Attachment.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Attachment = function (properties) {
                this.aliases = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Attachment network.
             * @member {string} network
             * @memberof vxnet.v1.Attachment
             * @instance
             */
            Attachment.prototype.network = "";

            /**
             * Attachment networkId.
             * @member {string} networkId
             * @memberof vxnet.v1.Attachment
             * @instance
             */
            Attachment.prototype.networkId = "";

            /**
             * Attachment driver.
             * @member {vxnet.v1.Driver} driver
             * @memberof vxnet.v1.Attachment
             * @instance
             */
            Attachment.prototype.driver = 0;

            /**
             * Attachment vni.
             * @member {number} vni
             * @memberof vxnet.v1.Attachment
             * @instance
             */
            Attachment.prototype.vni = 0;

            /**
             * Attachment subnet.
             * @member {string} subnet
             * @memberof vxnet.v1.Attachment
             * @instance
             */
            Attachment.prototype.subnet = "";

            /**
             * Attachment gateway.
             * @member {string} gateway
             * @memberof vxnet.v1.Attachment
             * @instance
             */
            Attachment.prototype.gateway = "";

            /**
             * Attachment ip.
             * @member {string} ip
             * @memberof vxnet.v1.Attachment
             * @instance
             */
            Attachment.prototype.ip = "";

            /**
             * Attachment mac.
             * @member {string} mac
             * @memberof vxnet.v1.Attachment
             * @instance
             */
            Attachment.prototype.mac = "";

            /**
             * Attachment ifname.
             * @member {string} ifname
             * @memberof vxnet.v1.Attachment
             * @instance
             */
            Attachment.prototype.ifname = "";

            /**
             * Attachment aliases.
             * @member {Array.<string>} aliases
             * @memberof vxnet.v1.Attachment
             * @instance
             */
            Attachment.prototype.aliases = $util.emptyArray;

            /**
             * Attachment internal.
             * @member {boolean} internal
             * @memberof vxnet.v1.Attachment
             * @instance
             */
            Attachment.prototype.internal = false;

            /**
             * Attachment mtu.
             * @member {number} mtu
             * @memberof vxnet.v1.Attachment
             * @instance
             */
            Attachment.prototype.mtu = 0;

            /**
             * Attachment subnet6.
             * @member {string} subnet6
             * @memberof vxnet.v1.Attachment
             * @instance
             */
            Attachment.prototype.subnet6 = "";

            /**
             * Attachment gateway6.
             * @member {string} gateway6
             * @memberof vxnet.v1.Attachment
             * @instance
             */
            Attachment.prototype.gateway6 = "";

            /**
             * Attachment ip6.
             * @member {string} ip6
             * @memberof vxnet.v1.Attachment
             * @instance
             */
            Attachment.prototype.ip6 = "";

            /**
             * Creates a new Attachment instance using the specified properties.
             * @function create
             * @memberof vxnet.v1.Attachment
             * @static
             * @param {vxnet.v1.Attachment.$Properties=} [properties] Properties to set
             * @returns {vxnet.v1.Attachment} Attachment instance
             * @type {{
             *   (properties: vxnet.v1.Attachment.$Shape): vxnet.v1.Attachment & vxnet.v1.Attachment.$Shape;
             *   (properties?: vxnet.v1.Attachment.$Properties): vxnet.v1.Attachment;
             * }}
             */
            Attachment.create = function(properties) {
                return new Attachment(properties);
            };

            /**
             * Encodes the specified Attachment message. Does not implicitly {@link vxnet.v1.Attachment.verify|verify} messages.
             * @function encode
             * @memberof vxnet.v1.Attachment
             * @static
             * @param {vxnet.v1.Attachment.$Properties} message Attachment message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Attachment.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.network != null && $Object.hasOwnProperty.call(message, "network") && message.network !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.network);
                if (message.networkId != null && $Object.hasOwnProperty.call(message, "networkId") && message.networkId !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.networkId);
                if (message.driver != null && $Object.hasOwnProperty.call(message, "driver") && message.driver !== 0)
                    writer.uint32(/* id 3, wireType 0 =*/24).int32(message.driver);
                if (message.vni != null && $Object.hasOwnProperty.call(message, "vni") && message.vni !== 0)
                    writer.uint32(/* id 4, wireType 0 =*/32).uint32(message.vni);
                if (message.subnet != null && $Object.hasOwnProperty.call(message, "subnet") && message.subnet !== "")
                    writer.uint32(/* id 5, wireType 2 =*/42).string(message.subnet);
                if (message.gateway != null && $Object.hasOwnProperty.call(message, "gateway") && message.gateway !== "")
                    writer.uint32(/* id 6, wireType 2 =*/50).string(message.gateway);
                if (message.ip != null && $Object.hasOwnProperty.call(message, "ip") && message.ip !== "")
                    writer.uint32(/* id 7, wireType 2 =*/58).string(message.ip);
                if (message.mac != null && $Object.hasOwnProperty.call(message, "mac") && message.mac !== "")
                    writer.uint32(/* id 8, wireType 2 =*/66).string(message.mac);
                if (message.ifname != null && $Object.hasOwnProperty.call(message, "ifname") && message.ifname !== "")
                    writer.uint32(/* id 9, wireType 2 =*/74).string(message.ifname);
                if (message.aliases != null && message.aliases.length)
                    for (let i = 0; i < message.aliases.length; ++i)
                        writer.uint32(/* id 10, wireType 2 =*/82).string(message.aliases[i]);
                if (message.internal != null && $Object.hasOwnProperty.call(message, "internal") && message.internal !== false)
                    writer.uint32(/* id 11, wireType 0 =*/88).bool(message.internal);
                if (message.mtu != null && $Object.hasOwnProperty.call(message, "mtu") && message.mtu !== 0)
                    writer.uint32(/* id 12, wireType 0 =*/96).uint32(message.mtu);
                if (message.subnet6 != null && $Object.hasOwnProperty.call(message, "subnet6") && message.subnet6 !== "")
                    writer.uint32(/* id 60, wireType 2 =*/482).string(message.subnet6);
                if (message.gateway6 != null && $Object.hasOwnProperty.call(message, "gateway6") && message.gateway6 !== "")
                    writer.uint32(/* id 61, wireType 2 =*/490).string(message.gateway6);
                if (message.ip6 != null && $Object.hasOwnProperty.call(message, "ip6") && message.ip6 !== "")
                    writer.uint32(/* id 62, wireType 2 =*/498).string(message.ip6);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes an Attachment message from the specified reader or buffer.
             * @function decode
             * @memberof vxnet.v1.Attachment
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {vxnet.v1.Attachment & vxnet.v1.Attachment.$Shape} Attachment
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Attachment.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.vxnet.v1.Attachment();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.network = value;
                            else
                                delete message.network;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.networkId = value;
                            else
                                delete message.networkId;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.driver = value;
                            else
                                delete message.driver;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.vni = value;
                            else
                                delete message.vni;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.subnet = value;
                            else
                                delete message.subnet;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.gateway = value;
                            else
                                delete message.gateway;
                            continue;
                        }
                    case 7: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.ip = value;
                            else
                                delete message.ip;
                            continue;
                        }
                    case 8: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.mac = value;
                            else
                                delete message.mac;
                            continue;
                        }
                    case 9: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.ifname = value;
                            else
                                delete message.ifname;
                            continue;
                        }
                    case 10: {
                            if (wireType !== 2)
                                break;
                            if (!(message.aliases && message.aliases.length))
                                message.aliases = [];
                            message.aliases.push(reader.stringVerify());
                            continue;
                        }
                    case 11: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.internal = value;
                            else
                                delete message.internal;
                            continue;
                        }
                    case 12: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.mtu = value;
                            else
                                delete message.mtu;
                            continue;
                        }
                    case 60: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.subnet6 = value;
                            else
                                delete message.subnet6;
                            continue;
                        }
                    case 61: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.gateway6 = value;
                            else
                                delete message.gateway6;
                            continue;
                        }
                    case 62: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.ip6 = value;
                            else
                                delete message.ip6;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Creates an Attachment message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof vxnet.v1.Attachment
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {vxnet.v1.Attachment} Attachment
             */
            Attachment.fromObject = function (object, _depth) {
                if (object instanceof $root.vxnet.v1.Attachment)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".vxnet.v1.Attachment: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.vxnet.v1.Attachment();
                if (object.network != null)
                    if (typeof object.network !== "string" || object.network.length)
                        message.network = $String(object.network);
                if (object.networkId != null)
                    if (typeof object.networkId !== "string" || object.networkId.length)
                        message.networkId = $String(object.networkId);
                if (object.driver !== 0 && (typeof object.driver !== "string" || $root.vxnet.v1.Driver[object.driver] !== 0))
                    switch (object.driver) {
                    case "DRIVER_UNSPECIFIED":
                    case 0:
                        message.driver = 0;
                        break;
                    case "OVERLAY":
                    case 1:
                        message.driver = 1;
                        break;
                    case "BRIDGE":
                    case 2:
                        message.driver = 2;
                        break;
                    default:
                        if (typeof object.driver === "number" && (object.driver | 0) === object.driver)
                            message.driver = object.driver;
                    }
                if (object.vni != null)
                    if ($Number(object.vni) !== 0)
                        message.vni = object.vni >>> 0;
                if (object.subnet != null)
                    if (typeof object.subnet !== "string" || object.subnet.length)
                        message.subnet = $String(object.subnet);
                if (object.gateway != null)
                    if (typeof object.gateway !== "string" || object.gateway.length)
                        message.gateway = $String(object.gateway);
                if (object.ip != null)
                    if (typeof object.ip !== "string" || object.ip.length)
                        message.ip = $String(object.ip);
                if (object.mac != null)
                    if (typeof object.mac !== "string" || object.mac.length)
                        message.mac = $String(object.mac);
                if (object.ifname != null)
                    if (typeof object.ifname !== "string" || object.ifname.length)
                        message.ifname = $String(object.ifname);
                if (object.aliases) {
                    if (!$Array.isArray(object.aliases))
                        throw $TypeError(".vxnet.v1.Attachment.aliases: array expected");
                    message.aliases = $Array(object.aliases.length);
                    for (let i = 0; i < object.aliases.length; ++i)
                        message.aliases[i] = $String(object.aliases[i]);
                }
                if (object.internal != null)
                    if (object.internal)
                        message.internal = $Boolean(object.internal);
                if (object.mtu != null)
                    if ($Number(object.mtu) !== 0)
                        message.mtu = object.mtu >>> 0;
                if (object.subnet6 != null)
                    if (typeof object.subnet6 !== "string" || object.subnet6.length)
                        message.subnet6 = $String(object.subnet6);
                if (object.gateway6 != null)
                    if (typeof object.gateway6 !== "string" || object.gateway6.length)
                        message.gateway6 = $String(object.gateway6);
                if (object.ip6 != null)
                    if (typeof object.ip6 !== "string" || object.ip6.length)
                        message.ip6 = $String(object.ip6);
                return message;
            };

            /**
             * Creates a plain object from an Attachment message. Also converts values to other types if specified.
             * @function toObject
             * @memberof vxnet.v1.Attachment
             * @static
             * @param {vxnet.v1.Attachment} message Attachment
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Attachment.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults)
                    object.aliases = [];
                if (options.defaults) {
                    object.network = "";
                    object.networkId = "";
                    object.driver = options.enums === $String ? "DRIVER_UNSPECIFIED" : 0;
                    object.vni = 0;
                    object.subnet = "";
                    object.gateway = "";
                    object.ip = "";
                    object.mac = "";
                    object.ifname = "";
                    object.internal = false;
                    object.mtu = 0;
                    object.subnet6 = "";
                    object.gateway6 = "";
                    object.ip6 = "";
                }
                if (message.network != null && $Object.hasOwnProperty.call(message, "network"))
                    object.network = message.network;
                if (message.networkId != null && $Object.hasOwnProperty.call(message, "networkId"))
                    object.networkId = message.networkId;
                if (message.driver != null && $Object.hasOwnProperty.call(message, "driver"))
                    object.driver = options.enums === $String ? $root.vxnet.v1.Driver[message.driver] === $undefined ? message.driver : $root.vxnet.v1.Driver[message.driver] : message.driver;
                if (message.vni != null && $Object.hasOwnProperty.call(message, "vni"))
                    object.vni = message.vni;
                if (message.subnet != null && $Object.hasOwnProperty.call(message, "subnet"))
                    object.subnet = message.subnet;
                if (message.gateway != null && $Object.hasOwnProperty.call(message, "gateway"))
                    object.gateway = message.gateway;
                if (message.ip != null && $Object.hasOwnProperty.call(message, "ip"))
                    object.ip = message.ip;
                if (message.mac != null && $Object.hasOwnProperty.call(message, "mac"))
                    object.mac = message.mac;
                if (message.ifname != null && $Object.hasOwnProperty.call(message, "ifname"))
                    object.ifname = message.ifname;
                if (message.aliases && message.aliases.length) {
                    object.aliases = $Array(message.aliases.length);
                    for (let j = 0; j < message.aliases.length; ++j)
                        object.aliases[j] = message.aliases[j];
                }
                if (message.internal != null && $Object.hasOwnProperty.call(message, "internal"))
                    object.internal = message.internal;
                if (message.mtu != null && $Object.hasOwnProperty.call(message, "mtu"))
                    object.mtu = message.mtu;
                if (message.subnet6 != null && $Object.hasOwnProperty.call(message, "subnet6"))
                    object.subnet6 = message.subnet6;
                if (message.gateway6 != null && $Object.hasOwnProperty.call(message, "gateway6"))
                    object.gateway6 = message.gateway6;
                if (message.ip6 != null && $Object.hasOwnProperty.call(message, "ip6"))
                    object.ip6 = message.ip6;
                return object;
            };

            /**
             * Converts this Attachment to JSON.
             * @function toJSON
             * @memberof vxnet.v1.Attachment
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Attachment.prototype.toJSON = function() {
                return Attachment.toObject(this, $protobuf.util.toJSONOptions);
            };

            return Attachment;
        })();

        v1.Workload = (function() {

            /**
             * Properties of a Workload.
             * @typedef {Object} vxnet.v1.Workload.$Properties
             * @property {number|null} [version] Workload version
             * @property {string|null} [name] Workload name
             * @property {string|null} [id] Workload id
             * @property {string|null} [host] Workload host
             * @property {vxnet.v1.Mode|null} [mode] Workload mode
             * @property {string|null} [container] Workload container
             * @property {Array.<vxnet.v1.Attachment.$Properties>|null} [attachments] Workload attachments
             * @property {Array.<string>|null} [command] Workload command
             * @property {string|null} [hostname] Workload hostname
             * @property {Array.<string>|null} [dns] Workload dns
             * @property {Array.<string>|null} [dnsSearch] Workload dnsSearch
             * @property {Array.<string>|null} [dnsOptions] Workload dnsOptions
             * @property {Array.<string>|null} [addHosts] Workload addHosts
             * @property {Array.<vxnet.v1.PortMapping.$Properties>|null} [ports] Workload ports
             * @property {Array.<string>|null} [expose] Workload expose
             * @property {number|null} [createdMs] Workload createdMs
             * @property {Object.<string,string>|null} [labels] Workload labels
             * @property {vxnet.v1.EndpointKind|null} [kind] Workload kind
             * @property {string|null} [containerId] Workload containerId
             * @property {string|null} [netnsPath] Workload netnsPath
             * @property {vxnet.v1.Attachment.$Properties|null} [gatewayPath] Workload gatewayPath
             * @property {Array.<string>|null} [env] Workload env
             * @property {boolean|null} [autoRemove] Workload autoRemove
             * @property {string|null} [restart] Workload restart
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Workload.
             * @memberof vxnet.v1
             * @interface IWorkload
             * @augments vxnet.v1.Workload.$Properties
             * @deprecated Use vxnet.v1.Workload.$Properties instead.
             */

            /**
             * Shape of a Workload.
             * @typedef {vxnet.v1.Workload.$Properties} vxnet.v1.Workload.$Shape
             */

            /**
             * Constructs a new Workload.
             * @memberof vxnet.v1
             * @classdesc Represents a Workload.
             * @constructor
             * @param {vxnet.v1.Workload.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Workload = function (properties) {
                this.attachments = [];
                this.command = [];
                this.dns = [];
                this.dnsSearch = [];
                this.dnsOptions = [];
                this.addHosts = [];
                this.ports = [];
                this.expose = [];
                this.labels = {};
                this.env = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Workload version.
             * @member {number} version
             * @memberof vxnet.v1.Workload
             * @instance
             */
            Workload.prototype.version = 0;

            /**
             * Workload name.
             * @member {string} name
             * @memberof vxnet.v1.Workload
             * @instance
             */
            Workload.prototype.name = "";

            /**
             * Workload id.
             * @member {string} id
             * @memberof vxnet.v1.Workload
             * @instance
             */
            Workload.prototype.id = "";

            /**
             * Workload host.
             * @member {string} host
             * @memberof vxnet.v1.Workload
             * @instance
             */
            Workload.prototype.host = "";

            /**
             * Workload mode.
             * @member {vxnet.v1.Mode} mode
             * @memberof vxnet.v1.Workload
             * @instance
             */
            Workload.prototype.mode = 0;

            /**
             * Workload container.
             * @member {string} container
             * @memberof vxnet.v1.Workload
             * @instance
             */
            Workload.prototype.container = "";

            /**
             * Workload attachments.
             * @member {Array.<vxnet.v1.Attachment.$Properties>} attachments
             * @memberof vxnet.v1.Workload
             * @instance
             */
            Workload.prototype.attachments = $util.emptyArray;

            /**
             * Workload command.
             * @member {Array.<string>} command
             * @memberof vxnet.v1.Workload
             * @instance
             */
            Workload.prototype.command = $util.emptyArray;

            /**
             * Workload hostname.
             * @member {string} hostname
             * @memberof vxnet.v1.Workload
             * @instance
             */
            Workload.prototype.hostname = "";

            /**
             * Workload dns.
             * @member {Array.<string>} dns
             * @memberof vxnet.v1.Workload
             * @instance
             */
            Workload.prototype.dns = $util.emptyArray;

            /**
             * Workload dnsSearch.
             * @member {Array.<string>} dnsSearch
             * @memberof vxnet.v1.Workload
             * @instance
             */
            Workload.prototype.dnsSearch = $util.emptyArray;

            /**
             * Workload dnsOptions.
             * @member {Array.<string>} dnsOptions
             * @memberof vxnet.v1.Workload
             * @instance
             */
            Workload.prototype.dnsOptions = $util.emptyArray;

            /**
             * Workload addHosts.
             * @member {Array.<string>} addHosts
             * @memberof vxnet.v1.Workload
             * @instance
             */
            Workload.prototype.addHosts = $util.emptyArray;

            /**
             * Workload ports.
             * @member {Array.<vxnet.v1.PortMapping.$Properties>} ports
             * @memberof vxnet.v1.Workload
             * @instance
             */
            Workload.prototype.ports = $util.emptyArray;

            /**
             * Workload expose.
             * @member {Array.<string>} expose
             * @memberof vxnet.v1.Workload
             * @instance
             */
            Workload.prototype.expose = $util.emptyArray;

            /**
             * Workload createdMs.
             * @member {number} createdMs
             * @memberof vxnet.v1.Workload
             * @instance
             */
            Workload.prototype.createdMs = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * Workload labels.
             * @member {Object.<string,string>} labels
             * @memberof vxnet.v1.Workload
             * @instance
             */
            Workload.prototype.labels = $util.emptyObject;

            /**
             * Workload kind.
             * @member {vxnet.v1.EndpointKind} kind
             * @memberof vxnet.v1.Workload
             * @instance
             */
            Workload.prototype.kind = 0;

            /**
             * Workload containerId.
             * @member {string} containerId
             * @memberof vxnet.v1.Workload
             * @instance
             */
            Workload.prototype.containerId = "";

            /**
             * Workload netnsPath.
             * @member {string} netnsPath
             * @memberof vxnet.v1.Workload
             * @instance
             */
            Workload.prototype.netnsPath = "";

            /**
             * Workload gatewayPath.
             * @member {vxnet.v1.Attachment.$Properties|null|undefined} gatewayPath
             * @memberof vxnet.v1.Workload
             * @instance
             */
            Workload.prototype.gatewayPath = null;

            /**
             * Workload env.
             * @member {Array.<string>} env
             * @memberof vxnet.v1.Workload
             * @instance
             */
            Workload.prototype.env = $util.emptyArray;

            /**
             * Workload autoRemove.
             * @member {boolean} autoRemove
             * @memberof vxnet.v1.Workload
             * @instance
             */
            Workload.prototype.autoRemove = false;

            /**
             * Workload restart.
             * @member {string} restart
             * @memberof vxnet.v1.Workload
             * @instance
             */
            Workload.prototype.restart = "";

            /**
             * Creates a new Workload instance using the specified properties.
             * @function create
             * @memberof vxnet.v1.Workload
             * @static
             * @param {vxnet.v1.Workload.$Properties=} [properties] Properties to set
             * @returns {vxnet.v1.Workload} Workload instance
             * @type {{
             *   (properties: vxnet.v1.Workload.$Shape): vxnet.v1.Workload & vxnet.v1.Workload.$Shape;
             *   (properties?: vxnet.v1.Workload.$Properties): vxnet.v1.Workload;
             * }}
             */
            Workload.create = function(properties) {
                return new Workload(properties);
            };

            /**
             * Encodes the specified Workload message. Does not implicitly {@link vxnet.v1.Workload.verify|verify} messages.
             * @function encode
             * @memberof vxnet.v1.Workload
             * @static
             * @param {vxnet.v1.Workload.$Properties} message Workload message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Workload.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.version != null && $Object.hasOwnProperty.call(message, "version") && message.version !== 0)
                    writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.version);
                if (message.name != null && $Object.hasOwnProperty.call(message, "name") && message.name !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.name);
                if (message.id != null && $Object.hasOwnProperty.call(message, "id") && message.id !== "")
                    writer.uint32(/* id 3, wireType 2 =*/26).string(message.id);
                if (message.host != null && $Object.hasOwnProperty.call(message, "host") && message.host !== "")
                    writer.uint32(/* id 4, wireType 2 =*/34).string(message.host);
                if (message.mode != null && $Object.hasOwnProperty.call(message, "mode") && message.mode !== 0)
                    writer.uint32(/* id 5, wireType 0 =*/40).int32(message.mode);
                if (message.container != null && $Object.hasOwnProperty.call(message, "container") && message.container !== "")
                    writer.uint32(/* id 6, wireType 2 =*/50).string(message.container);
                if (message.attachments != null && message.attachments.length)
                    for (let i = 0; i < message.attachments.length; ++i)
                        $root.vxnet.v1.Attachment.encode(message.attachments[i], writer.uint32(/* id 7, wireType 2 =*/58).fork(), _depth + 1).ldelim();
                if (message.command != null && message.command.length)
                    for (let i = 0; i < message.command.length; ++i)
                        writer.uint32(/* id 8, wireType 2 =*/66).string(message.command[i]);
                if (message.hostname != null && $Object.hasOwnProperty.call(message, "hostname") && message.hostname !== "")
                    writer.uint32(/* id 9, wireType 2 =*/74).string(message.hostname);
                if (message.dns != null && message.dns.length)
                    for (let i = 0; i < message.dns.length; ++i)
                        writer.uint32(/* id 10, wireType 2 =*/82).string(message.dns[i]);
                if (message.dnsSearch != null && message.dnsSearch.length)
                    for (let i = 0; i < message.dnsSearch.length; ++i)
                        writer.uint32(/* id 11, wireType 2 =*/90).string(message.dnsSearch[i]);
                if (message.dnsOptions != null && message.dnsOptions.length)
                    for (let i = 0; i < message.dnsOptions.length; ++i)
                        writer.uint32(/* id 12, wireType 2 =*/98).string(message.dnsOptions[i]);
                if (message.addHosts != null && message.addHosts.length)
                    for (let i = 0; i < message.addHosts.length; ++i)
                        writer.uint32(/* id 13, wireType 2 =*/106).string(message.addHosts[i]);
                if (message.ports != null && message.ports.length)
                    for (let i = 0; i < message.ports.length; ++i)
                        $root.vxnet.v1.PortMapping.encode(message.ports[i], writer.uint32(/* id 14, wireType 2 =*/114).fork(), _depth + 1).ldelim();
                if (message.expose != null && message.expose.length)
                    for (let i = 0; i < message.expose.length; ++i)
                        writer.uint32(/* id 15, wireType 2 =*/122).string(message.expose[i]);
                if (message.createdMs != null && $Object.hasOwnProperty.call(message, "createdMs") && (typeof message.createdMs === "object" ? message.createdMs.low || message.createdMs.high : message.createdMs !== 0))
                    writer.uint32(/* id 16, wireType 0 =*/128).int64(message.createdMs);
                if (message.labels != null && $Object.hasOwnProperty.call(message, "labels"))
                    for (let keys = $Object.keys(message.labels), i = 0; i < keys.length; ++i)
                        writer.uint32(/* id 17, wireType 2 =*/138).fork().uint32(/* id 1, wireType 2 =*/10).string(keys[i]).uint32(/* id 2, wireType 2 =*/18).string(message.labels[keys[i]]).ldelim();
                if (message.gatewayPath != null && $Object.hasOwnProperty.call(message, "gatewayPath"))
                    $root.vxnet.v1.Attachment.encode(message.gatewayPath, writer.uint32(/* id 18, wireType 2 =*/146).fork(), _depth + 1).ldelim();
                if (message.env != null && message.env.length)
                    for (let i = 0; i < message.env.length; ++i)
                        writer.uint32(/* id 30, wireType 2 =*/242).string(message.env[i]);
                if (message.autoRemove != null && $Object.hasOwnProperty.call(message, "autoRemove") && message.autoRemove !== false)
                    writer.uint32(/* id 31, wireType 0 =*/248).bool(message.autoRemove);
                if (message.restart != null && $Object.hasOwnProperty.call(message, "restart") && message.restart !== "")
                    writer.uint32(/* id 32, wireType 2 =*/258).string(message.restart);
                if (message.kind != null && $Object.hasOwnProperty.call(message, "kind") && message.kind !== 0)
                    writer.uint32(/* id 40, wireType 0 =*/320).int32(message.kind);
                if (message.containerId != null && $Object.hasOwnProperty.call(message, "containerId") && message.containerId !== "")
                    writer.uint32(/* id 41, wireType 2 =*/330).string(message.containerId);
                if (message.netnsPath != null && $Object.hasOwnProperty.call(message, "netnsPath") && message.netnsPath !== "")
                    writer.uint32(/* id 42, wireType 2 =*/338).string(message.netnsPath);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a Workload message from the specified reader or buffer.
             * @function decode
             * @memberof vxnet.v1.Workload
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {vxnet.v1.Workload & vxnet.v1.Workload.$Shape} Workload
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Workload.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, key, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.vxnet.v1.Workload();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.version = value;
                            else
                                delete message.version;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.name = value;
                            else
                                delete message.name;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.id = value;
                            else
                                delete message.id;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.host = value;
                            else
                                delete message.host;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.mode = value;
                            else
                                delete message.mode;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.container = value;
                            else
                                delete message.container;
                            continue;
                        }
                    case 7: {
                            if (wireType !== 2)
                                break;
                            if (!(message.attachments && message.attachments.length))
                                message.attachments = [];
                            message.attachments.push($root.vxnet.v1.Attachment.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    case 8: {
                            if (wireType !== 2)
                                break;
                            if (!(message.command && message.command.length))
                                message.command = [];
                            message.command.push(reader.stringVerify());
                            continue;
                        }
                    case 9: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.hostname = value;
                            else
                                delete message.hostname;
                            continue;
                        }
                    case 10: {
                            if (wireType !== 2)
                                break;
                            if (!(message.dns && message.dns.length))
                                message.dns = [];
                            message.dns.push(reader.stringVerify());
                            continue;
                        }
                    case 11: {
                            if (wireType !== 2)
                                break;
                            if (!(message.dnsSearch && message.dnsSearch.length))
                                message.dnsSearch = [];
                            message.dnsSearch.push(reader.stringVerify());
                            continue;
                        }
                    case 12: {
                            if (wireType !== 2)
                                break;
                            if (!(message.dnsOptions && message.dnsOptions.length))
                                message.dnsOptions = [];
                            message.dnsOptions.push(reader.stringVerify());
                            continue;
                        }
                    case 13: {
                            if (wireType !== 2)
                                break;
                            if (!(message.addHosts && message.addHosts.length))
                                message.addHosts = [];
                            message.addHosts.push(reader.stringVerify());
                            continue;
                        }
                    case 14: {
                            if (wireType !== 2)
                                break;
                            if (!(message.ports && message.ports.length))
                                message.ports = [];
                            message.ports.push($root.vxnet.v1.PortMapping.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    case 15: {
                            if (wireType !== 2)
                                break;
                            if (!(message.expose && message.expose.length))
                                message.expose = [];
                            message.expose.push(reader.stringVerify());
                            continue;
                        }
                    case 16: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.createdMs = value;
                            else
                                delete message.createdMs;
                            continue;
                        }
                    case 17: {
                            if (wireType !== 2)
                                break;
                            if (message.labels === $util.emptyObject)
                                message.labels = {};
                            let end2 = reader.size() + reader.pos;
                            if (end2 > reader.len)
                                throw $RangeError("index out of range");
                            reader.len = end2;
                            key = "";
                            value = "";
                            while (reader.pos < end2) {
                                let tag2 = reader.tag();
                                wireType = tag2 & 7;
                                switch (tag2 >>>= 3) {
                                case 1:
                                    if (wireType !== 2)
                                        break;
                                    key = reader.stringVerify();
                                    continue;
                                case 2:
                                    if (wireType !== 2)
                                        break;
                                    value = reader.stringVerify();
                                    continue;
                                }
                                reader.skipType(wireType, _depth, tag2);
                            }
                            if (reader.pos !== end2)
                                throw $RangeError("index out of range");
                            reader.len = end;
                            if (key === "__proto__")
                                $util.makeProp(message.labels, key);
                            message.labels[key] = value;
                            continue;
                        }
                    case 40: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.kind = value;
                            else
                                delete message.kind;
                            continue;
                        }
                    case 41: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.containerId = value;
                            else
                                delete message.containerId;
                            continue;
                        }
                    case 42: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.netnsPath = value;
                            else
                                delete message.netnsPath;
                            continue;
                        }
                    case 18: {
                            if (wireType !== 2)
                                break;
                            message.gatewayPath = $root.vxnet.v1.Attachment.decode(reader, reader.size(), $undefined, _depth + 1, message.gatewayPath);
                            continue;
                        }
                    case 30: {
                            if (wireType !== 2)
                                break;
                            if (!(message.env && message.env.length))
                                message.env = [];
                            message.env.push(reader.stringVerify());
                            continue;
                        }
                    case 31: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.autoRemove = value;
                            else
                                delete message.autoRemove;
                            continue;
                        }
                    case 32: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.restart = value;
                            else
                                delete message.restart;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Creates a Workload message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof vxnet.v1.Workload
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {vxnet.v1.Workload} Workload
             */
            Workload.fromObject = function (object, _depth) {
                if (object instanceof $root.vxnet.v1.Workload)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".vxnet.v1.Workload: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.vxnet.v1.Workload();
                if (object.version != null)
                    if ($Number(object.version) !== 0)
                        message.version = object.version >>> 0;
                if (object.name != null)
                    if (typeof object.name !== "string" || object.name.length)
                        message.name = $String(object.name);
                if (object.id != null)
                    if (typeof object.id !== "string" || object.id.length)
                        message.id = $String(object.id);
                if (object.host != null)
                    if (typeof object.host !== "string" || object.host.length)
                        message.host = $String(object.host);
                if (object.mode !== 0 && (typeof object.mode !== "string" || $root.vxnet.v1.Mode[object.mode] !== 0))
                    switch (object.mode) {
                    case "MODE_UNSPECIFIED":
                    case 0:
                        message.mode = 0;
                        break;
                    case "NETWORKS":
                    case 1:
                        message.mode = 1;
                        break;
                    case "DEFAULT_BRIDGE":
                    case 2:
                        message.mode = 2;
                        break;
                    case "HOST":
                    case 3:
                        message.mode = 3;
                        break;
                    case "NONE":
                    case 4:
                        message.mode = 4;
                        break;
                    case "CONTAINER":
                    case 5:
                        message.mode = 5;
                        break;
                    default:
                        if (typeof object.mode === "number" && (object.mode | 0) === object.mode)
                            message.mode = object.mode;
                    }
                if (object.container != null)
                    if (typeof object.container !== "string" || object.container.length)
                        message.container = $String(object.container);
                if (object.attachments) {
                    if (!$Array.isArray(object.attachments))
                        throw $TypeError(".vxnet.v1.Workload.attachments: array expected");
                    message.attachments = $Array(object.attachments.length);
                    for (let i = 0; i < object.attachments.length; ++i) {
                        if (!$util.isObject(object.attachments[i]))
                            throw $TypeError(".vxnet.v1.Workload.attachments: object expected");
                        message.attachments[i] = $root.vxnet.v1.Attachment.fromObject(object.attachments[i], _depth + 1);
                    }
                }
                if (object.command) {
                    if (!$Array.isArray(object.command))
                        throw $TypeError(".vxnet.v1.Workload.command: array expected");
                    message.command = $Array(object.command.length);
                    for (let i = 0; i < object.command.length; ++i)
                        message.command[i] = $String(object.command[i]);
                }
                if (object.hostname != null)
                    if (typeof object.hostname !== "string" || object.hostname.length)
                        message.hostname = $String(object.hostname);
                if (object.dns) {
                    if (!$Array.isArray(object.dns))
                        throw $TypeError(".vxnet.v1.Workload.dns: array expected");
                    message.dns = $Array(object.dns.length);
                    for (let i = 0; i < object.dns.length; ++i)
                        message.dns[i] = $String(object.dns[i]);
                }
                if (object.dnsSearch) {
                    if (!$Array.isArray(object.dnsSearch))
                        throw $TypeError(".vxnet.v1.Workload.dnsSearch: array expected");
                    message.dnsSearch = $Array(object.dnsSearch.length);
                    for (let i = 0; i < object.dnsSearch.length; ++i)
                        message.dnsSearch[i] = $String(object.dnsSearch[i]);
                }
                if (object.dnsOptions) {
                    if (!$Array.isArray(object.dnsOptions))
                        throw $TypeError(".vxnet.v1.Workload.dnsOptions: array expected");
                    message.dnsOptions = $Array(object.dnsOptions.length);
                    for (let i = 0; i < object.dnsOptions.length; ++i)
                        message.dnsOptions[i] = $String(object.dnsOptions[i]);
                }
                if (object.addHosts) {
                    if (!$Array.isArray(object.addHosts))
                        throw $TypeError(".vxnet.v1.Workload.addHosts: array expected");
                    message.addHosts = $Array(object.addHosts.length);
                    for (let i = 0; i < object.addHosts.length; ++i)
                        message.addHosts[i] = $String(object.addHosts[i]);
                }
                if (object.ports) {
                    if (!$Array.isArray(object.ports))
                        throw $TypeError(".vxnet.v1.Workload.ports: array expected");
                    message.ports = $Array(object.ports.length);
                    for (let i = 0; i < object.ports.length; ++i) {
                        if (!$util.isObject(object.ports[i]))
                            throw $TypeError(".vxnet.v1.Workload.ports: object expected");
                        message.ports[i] = $root.vxnet.v1.PortMapping.fromObject(object.ports[i], _depth + 1);
                    }
                }
                if (object.expose) {
                    if (!$Array.isArray(object.expose))
                        throw $TypeError(".vxnet.v1.Workload.expose: array expected");
                    message.expose = $Array(object.expose.length);
                    for (let i = 0; i < object.expose.length; ++i)
                        message.expose[i] = $String(object.expose[i]);
                }
                if (object.createdMs != null)
                    if (typeof object.createdMs === "object" ? object.createdMs.low || object.createdMs.high : $Number(object.createdMs) !== 0)
                        if ($util.Long)
                            message.createdMs = $util.Long.fromValue(object.createdMs, false);
                        else if (typeof object.createdMs === "string")
                            message.createdMs = $parseInt(object.createdMs, 10);
                        else if (typeof object.createdMs === "number")
                            message.createdMs = object.createdMs;
                        else if (typeof object.createdMs === "object")
                            message.createdMs = new $util.LongBits(object.createdMs.low >>> 0, object.createdMs.high >>> 0).toNumber();
                if (object.labels) {
                    if (!$util.isObject(object.labels))
                        throw $TypeError(".vxnet.v1.Workload.labels: object expected");
                    message.labels = {};
                    for (let keys = $Object.keys(object.labels), i = 0; i < keys.length; ++i) {
                        if (keys[i] === "__proto__")
                            $util.makeProp(message.labels, keys[i]);
                        message.labels[keys[i]] = $String(object.labels[keys[i]]);
                    }
                }
                if (object.kind !== 0 && (typeof object.kind !== "string" || $root.vxnet.v1.EndpointKind[object.kind] !== 0))
                    switch (object.kind) {
                    case "KIND_WORKLOAD":
                    case 0:
                        message.kind = 0;
                        break;
                    case "KIND_DOCKER":
                    case 1:
                        message.kind = 1;
                        break;
                    case "KIND_CNI":
                    case 2:
                        message.kind = 2;
                        break;
                    default:
                        if (typeof object.kind === "number" && (object.kind | 0) === object.kind)
                            message.kind = object.kind;
                    }
                if (object.containerId != null)
                    if (typeof object.containerId !== "string" || object.containerId.length)
                        message.containerId = $String(object.containerId);
                if (object.netnsPath != null)
                    if (typeof object.netnsPath !== "string" || object.netnsPath.length)
                        message.netnsPath = $String(object.netnsPath);
                if (object.gatewayPath != null) {
                    if (!$util.isObject(object.gatewayPath))
                        throw $TypeError(".vxnet.v1.Workload.gatewayPath: object expected");
                    message.gatewayPath = $root.vxnet.v1.Attachment.fromObject(object.gatewayPath, _depth + 1);
                }
                if (object.env) {
                    if (!$Array.isArray(object.env))
                        throw $TypeError(".vxnet.v1.Workload.env: array expected");
                    message.env = $Array(object.env.length);
                    for (let i = 0; i < object.env.length; ++i)
                        message.env[i] = $String(object.env[i]);
                }
                if (object.autoRemove != null)
                    if (object.autoRemove)
                        message.autoRemove = $Boolean(object.autoRemove);
                if (object.restart != null)
                    if (typeof object.restart !== "string" || object.restart.length)
                        message.restart = $String(object.restart);
                return message;
            };

            /**
             * Creates a plain object from a Workload message. Also converts values to other types if specified.
             * @function toObject
             * @memberof vxnet.v1.Workload
             * @static
             * @param {vxnet.v1.Workload} message Workload
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Workload.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults) {
                    object.attachments = [];
                    object.command = [];
                    object.dns = [];
                    object.dnsSearch = [];
                    object.dnsOptions = [];
                    object.addHosts = [];
                    object.ports = [];
                    object.expose = [];
                    object.env = [];
                }
                if (options.objects || options.defaults)
                    object.labels = {};
                if (options.defaults) {
                    object.version = 0;
                    object.name = "";
                    object.id = "";
                    object.host = "";
                    object.mode = options.enums === $String ? "MODE_UNSPECIFIED" : 0;
                    object.container = "";
                    object.hostname = "";
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, false);
                        object.createdMs = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.createdMs = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    object.gatewayPath = null;
                    object.autoRemove = false;
                    object.restart = "";
                    object.kind = options.enums === $String ? "KIND_WORKLOAD" : 0;
                    object.containerId = "";
                    object.netnsPath = "";
                }
                if (message.version != null && $Object.hasOwnProperty.call(message, "version"))
                    object.version = message.version;
                if (message.name != null && $Object.hasOwnProperty.call(message, "name"))
                    object.name = message.name;
                if (message.id != null && $Object.hasOwnProperty.call(message, "id"))
                    object.id = message.id;
                if (message.host != null && $Object.hasOwnProperty.call(message, "host"))
                    object.host = message.host;
                if (message.mode != null && $Object.hasOwnProperty.call(message, "mode"))
                    object.mode = options.enums === $String ? $root.vxnet.v1.Mode[message.mode] === $undefined ? message.mode : $root.vxnet.v1.Mode[message.mode] : message.mode;
                if (message.container != null && $Object.hasOwnProperty.call(message, "container"))
                    object.container = message.container;
                if (message.attachments && message.attachments.length) {
                    object.attachments = $Array(message.attachments.length);
                    for (let j = 0; j < message.attachments.length; ++j)
                        object.attachments[j] = $root.vxnet.v1.Attachment.toObject(message.attachments[j], options, _depth + 1);
                }
                if (message.command && message.command.length) {
                    object.command = $Array(message.command.length);
                    for (let j = 0; j < message.command.length; ++j)
                        object.command[j] = message.command[j];
                }
                if (message.hostname != null && $Object.hasOwnProperty.call(message, "hostname"))
                    object.hostname = message.hostname;
                if (message.dns && message.dns.length) {
                    object.dns = $Array(message.dns.length);
                    for (let j = 0; j < message.dns.length; ++j)
                        object.dns[j] = message.dns[j];
                }
                if (message.dnsSearch && message.dnsSearch.length) {
                    object.dnsSearch = $Array(message.dnsSearch.length);
                    for (let j = 0; j < message.dnsSearch.length; ++j)
                        object.dnsSearch[j] = message.dnsSearch[j];
                }
                if (message.dnsOptions && message.dnsOptions.length) {
                    object.dnsOptions = $Array(message.dnsOptions.length);
                    for (let j = 0; j < message.dnsOptions.length; ++j)
                        object.dnsOptions[j] = message.dnsOptions[j];
                }
                if (message.addHosts && message.addHosts.length) {
                    object.addHosts = $Array(message.addHosts.length);
                    for (let j = 0; j < message.addHosts.length; ++j)
                        object.addHosts[j] = message.addHosts[j];
                }
                if (message.ports && message.ports.length) {
                    object.ports = $Array(message.ports.length);
                    for (let j = 0; j < message.ports.length; ++j)
                        object.ports[j] = $root.vxnet.v1.PortMapping.toObject(message.ports[j], options, _depth + 1);
                }
                if (message.expose && message.expose.length) {
                    object.expose = $Array(message.expose.length);
                    for (let j = 0; j < message.expose.length; ++j)
                        object.expose[j] = message.expose[j];
                }
                if (message.createdMs != null && $Object.hasOwnProperty.call(message, "createdMs"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.createdMs = typeof message.createdMs === "number" ? $BigInt(message.createdMs) : $util.Long.fromBits(message.createdMs.low >>> 0, message.createdMs.high >>> 0, false).toBigInt();
                    else if (typeof message.createdMs === "number")
                        object.createdMs = options.longs === $String ? $String(message.createdMs) : message.createdMs;
                    else
                        object.createdMs = options.longs === $String ? $util.Long.prototype.toString.call(message.createdMs) : options.longs === $Number ? new $util.LongBits(message.createdMs.low >>> 0, message.createdMs.high >>> 0).toNumber() : message.createdMs;
                let keys2;
                if (message.labels && (keys2 = $Object.keys(message.labels)).length) {
                    object.labels = {};
                    for (let j = 0; j < keys2.length; ++j) {
                        if (keys2[j] === "__proto__")
                            $util.makeProp(object.labels, keys2[j]);
                        object.labels[keys2[j]] = message.labels[keys2[j]];
                    }
                }
                if (message.gatewayPath != null && $Object.hasOwnProperty.call(message, "gatewayPath"))
                    object.gatewayPath = $root.vxnet.v1.Attachment.toObject(message.gatewayPath, options, _depth + 1);
                if (message.env && message.env.length) {
                    object.env = $Array(message.env.length);
                    for (let j = 0; j < message.env.length; ++j)
                        object.env[j] = message.env[j];
                }
                if (message.autoRemove != null && $Object.hasOwnProperty.call(message, "autoRemove"))
                    object.autoRemove = message.autoRemove;
                if (message.restart != null && $Object.hasOwnProperty.call(message, "restart"))
                    object.restart = message.restart;
                if (message.kind != null && $Object.hasOwnProperty.call(message, "kind"))
                    object.kind = options.enums === $String ? $root.vxnet.v1.EndpointKind[message.kind] === $undefined ? message.kind : $root.vxnet.v1.EndpointKind[message.kind] : message.kind;
                if (message.containerId != null && $Object.hasOwnProperty.call(message, "containerId"))
                    object.containerId = message.containerId;
                if (message.netnsPath != null && $Object.hasOwnProperty.call(message, "netnsPath"))
                    object.netnsPath = message.netnsPath;
                return object;
            };

            /**
             * Converts this Workload to JSON.
             * @function toJSON
             * @memberof vxnet.v1.Workload
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Workload.prototype.toJSON = function() {
                return Workload.toObject(this, $protobuf.util.toJSONOptions);
            };

            return Workload;
        })();

        v1.Endpoint = (function() {

            /**
             * Properties of an Endpoint.
             * @typedef {Object} vxnet.v1.Endpoint.$Properties
             * @property {number|null} [version] Endpoint version
             * @property {string|null} [network] Endpoint network
             * @property {string|null} [networkId] Endpoint networkId
             * @property {string|null} [workload] Endpoint workload
             * @property {string|null} [host] Endpoint host
             * @property {string|null} [vtep] Endpoint vtep
             * @property {string|null} [ip] Endpoint ip
             * @property {string|null} [mac] Endpoint mac
             * @property {Array.<string>|null} [aliases] Endpoint aliases
             * @property {vxnet.v1.EndpointKind|null} [kind] Endpoint kind
             * @property {string|null} [containerId] Endpoint containerId
             * @property {string|null} [hostname] Endpoint hostname
             * @property {string|null} [ip6] Endpoint ip6
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an Endpoint.
             * @memberof vxnet.v1
             * @interface IEndpoint
             * @augments vxnet.v1.Endpoint.$Properties
             * @deprecated Use vxnet.v1.Endpoint.$Properties instead.
             */

            /**
             * Shape of an Endpoint.
             * @typedef {vxnet.v1.Endpoint.$Properties} vxnet.v1.Endpoint.$Shape
             */

            /**
             * Constructs a new Endpoint.
             * @memberof vxnet.v1
             * @classdesc Represents an Endpoint.
             * @constructor
             * @param {vxnet.v1.Endpoint.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Endpoint = function (properties) {
                this.aliases = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Endpoint version.
             * @member {number} version
             * @memberof vxnet.v1.Endpoint
             * @instance
             */
            Endpoint.prototype.version = 0;

            /**
             * Endpoint network.
             * @member {string} network
             * @memberof vxnet.v1.Endpoint
             * @instance
             */
            Endpoint.prototype.network = "";

            /**
             * Endpoint networkId.
             * @member {string} networkId
             * @memberof vxnet.v1.Endpoint
             * @instance
             */
            Endpoint.prototype.networkId = "";

            /**
             * Endpoint workload.
             * @member {string} workload
             * @memberof vxnet.v1.Endpoint
             * @instance
             */
            Endpoint.prototype.workload = "";

            /**
             * Endpoint host.
             * @member {string} host
             * @memberof vxnet.v1.Endpoint
             * @instance
             */
            Endpoint.prototype.host = "";

            /**
             * Endpoint vtep.
             * @member {string} vtep
             * @memberof vxnet.v1.Endpoint
             * @instance
             */
            Endpoint.prototype.vtep = "";

            /**
             * Endpoint ip.
             * @member {string} ip
             * @memberof vxnet.v1.Endpoint
             * @instance
             */
            Endpoint.prototype.ip = "";

            /**
             * Endpoint mac.
             * @member {string} mac
             * @memberof vxnet.v1.Endpoint
             * @instance
             */
            Endpoint.prototype.mac = "";

            /**
             * Endpoint aliases.
             * @member {Array.<string>} aliases
             * @memberof vxnet.v1.Endpoint
             * @instance
             */
            Endpoint.prototype.aliases = $util.emptyArray;

            /**
             * Endpoint kind.
             * @member {vxnet.v1.EndpointKind} kind
             * @memberof vxnet.v1.Endpoint
             * @instance
             */
            Endpoint.prototype.kind = 0;

            /**
             * Endpoint containerId.
             * @member {string} containerId
             * @memberof vxnet.v1.Endpoint
             * @instance
             */
            Endpoint.prototype.containerId = "";

            /**
             * Endpoint hostname.
             * @member {string} hostname
             * @memberof vxnet.v1.Endpoint
             * @instance
             */
            Endpoint.prototype.hostname = "";

            /**
             * Endpoint ip6.
             * @member {string} ip6
             * @memberof vxnet.v1.Endpoint
             * @instance
             */
            Endpoint.prototype.ip6 = "";

            /**
             * Creates a new Endpoint instance using the specified properties.
             * @function create
             * @memberof vxnet.v1.Endpoint
             * @static
             * @param {vxnet.v1.Endpoint.$Properties=} [properties] Properties to set
             * @returns {vxnet.v1.Endpoint} Endpoint instance
             * @type {{
             *   (properties: vxnet.v1.Endpoint.$Shape): vxnet.v1.Endpoint & vxnet.v1.Endpoint.$Shape;
             *   (properties?: vxnet.v1.Endpoint.$Properties): vxnet.v1.Endpoint;
             * }}
             */
            Endpoint.create = function(properties) {
                return new Endpoint(properties);
            };

            /**
             * Encodes the specified Endpoint message. Does not implicitly {@link vxnet.v1.Endpoint.verify|verify} messages.
             * @function encode
             * @memberof vxnet.v1.Endpoint
             * @static
             * @param {vxnet.v1.Endpoint.$Properties} message Endpoint message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Endpoint.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.version != null && $Object.hasOwnProperty.call(message, "version") && message.version !== 0)
                    writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.version);
                if (message.network != null && $Object.hasOwnProperty.call(message, "network") && message.network !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.network);
                if (message.networkId != null && $Object.hasOwnProperty.call(message, "networkId") && message.networkId !== "")
                    writer.uint32(/* id 3, wireType 2 =*/26).string(message.networkId);
                if (message.workload != null && $Object.hasOwnProperty.call(message, "workload") && message.workload !== "")
                    writer.uint32(/* id 4, wireType 2 =*/34).string(message.workload);
                if (message.host != null && $Object.hasOwnProperty.call(message, "host") && message.host !== "")
                    writer.uint32(/* id 5, wireType 2 =*/42).string(message.host);
                if (message.vtep != null && $Object.hasOwnProperty.call(message, "vtep") && message.vtep !== "")
                    writer.uint32(/* id 6, wireType 2 =*/50).string(message.vtep);
                if (message.ip != null && $Object.hasOwnProperty.call(message, "ip") && message.ip !== "")
                    writer.uint32(/* id 7, wireType 2 =*/58).string(message.ip);
                if (message.mac != null && $Object.hasOwnProperty.call(message, "mac") && message.mac !== "")
                    writer.uint32(/* id 8, wireType 2 =*/66).string(message.mac);
                if (message.aliases != null && message.aliases.length)
                    for (let i = 0; i < message.aliases.length; ++i)
                        writer.uint32(/* id 9, wireType 2 =*/74).string(message.aliases[i]);
                if (message.hostname != null && $Object.hasOwnProperty.call(message, "hostname") && message.hostname !== "")
                    writer.uint32(/* id 10, wireType 2 =*/82).string(message.hostname);
                if (message.kind != null && $Object.hasOwnProperty.call(message, "kind") && message.kind !== 0)
                    writer.uint32(/* id 20, wireType 0 =*/160).int32(message.kind);
                if (message.containerId != null && $Object.hasOwnProperty.call(message, "containerId") && message.containerId !== "")
                    writer.uint32(/* id 21, wireType 2 =*/170).string(message.containerId);
                if (message.ip6 != null && $Object.hasOwnProperty.call(message, "ip6") && message.ip6 !== "")
                    writer.uint32(/* id 60, wireType 2 =*/482).string(message.ip6);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes an Endpoint message from the specified reader or buffer.
             * @function decode
             * @memberof vxnet.v1.Endpoint
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {vxnet.v1.Endpoint & vxnet.v1.Endpoint.$Shape} Endpoint
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Endpoint.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.vxnet.v1.Endpoint();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.version = value;
                            else
                                delete message.version;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.network = value;
                            else
                                delete message.network;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.networkId = value;
                            else
                                delete message.networkId;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.workload = value;
                            else
                                delete message.workload;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.host = value;
                            else
                                delete message.host;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.vtep = value;
                            else
                                delete message.vtep;
                            continue;
                        }
                    case 7: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.ip = value;
                            else
                                delete message.ip;
                            continue;
                        }
                    case 8: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.mac = value;
                            else
                                delete message.mac;
                            continue;
                        }
                    case 9: {
                            if (wireType !== 2)
                                break;
                            if (!(message.aliases && message.aliases.length))
                                message.aliases = [];
                            message.aliases.push(reader.stringVerify());
                            continue;
                        }
                    case 20: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.kind = value;
                            else
                                delete message.kind;
                            continue;
                        }
                    case 21: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.containerId = value;
                            else
                                delete message.containerId;
                            continue;
                        }
                    case 10: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.hostname = value;
                            else
                                delete message.hostname;
                            continue;
                        }
                    case 60: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.ip6 = value;
                            else
                                delete message.ip6;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Creates an Endpoint message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof vxnet.v1.Endpoint
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {vxnet.v1.Endpoint} Endpoint
             */
            Endpoint.fromObject = function (object, _depth) {
                if (object instanceof $root.vxnet.v1.Endpoint)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".vxnet.v1.Endpoint: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.vxnet.v1.Endpoint();
                if (object.version != null)
                    if ($Number(object.version) !== 0)
                        message.version = object.version >>> 0;
                if (object.network != null)
                    if (typeof object.network !== "string" || object.network.length)
                        message.network = $String(object.network);
                if (object.networkId != null)
                    if (typeof object.networkId !== "string" || object.networkId.length)
                        message.networkId = $String(object.networkId);
                if (object.workload != null)
                    if (typeof object.workload !== "string" || object.workload.length)
                        message.workload = $String(object.workload);
                if (object.host != null)
                    if (typeof object.host !== "string" || object.host.length)
                        message.host = $String(object.host);
                if (object.vtep != null)
                    if (typeof object.vtep !== "string" || object.vtep.length)
                        message.vtep = $String(object.vtep);
                if (object.ip != null)
                    if (typeof object.ip !== "string" || object.ip.length)
                        message.ip = $String(object.ip);
                if (object.mac != null)
                    if (typeof object.mac !== "string" || object.mac.length)
                        message.mac = $String(object.mac);
                if (object.aliases) {
                    if (!$Array.isArray(object.aliases))
                        throw $TypeError(".vxnet.v1.Endpoint.aliases: array expected");
                    message.aliases = $Array(object.aliases.length);
                    for (let i = 0; i < object.aliases.length; ++i)
                        message.aliases[i] = $String(object.aliases[i]);
                }
                if (object.kind !== 0 && (typeof object.kind !== "string" || $root.vxnet.v1.EndpointKind[object.kind] !== 0))
                    switch (object.kind) {
                    case "KIND_WORKLOAD":
                    case 0:
                        message.kind = 0;
                        break;
                    case "KIND_DOCKER":
                    case 1:
                        message.kind = 1;
                        break;
                    case "KIND_CNI":
                    case 2:
                        message.kind = 2;
                        break;
                    default:
                        if (typeof object.kind === "number" && (object.kind | 0) === object.kind)
                            message.kind = object.kind;
                    }
                if (object.containerId != null)
                    if (typeof object.containerId !== "string" || object.containerId.length)
                        message.containerId = $String(object.containerId);
                if (object.hostname != null)
                    if (typeof object.hostname !== "string" || object.hostname.length)
                        message.hostname = $String(object.hostname);
                if (object.ip6 != null)
                    if (typeof object.ip6 !== "string" || object.ip6.length)
                        message.ip6 = $String(object.ip6);
                return message;
            };

            /**
             * Creates a plain object from an Endpoint message. Also converts values to other types if specified.
             * @function toObject
             * @memberof vxnet.v1.Endpoint
             * @static
             * @param {vxnet.v1.Endpoint} message Endpoint
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Endpoint.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults)
                    object.aliases = [];
                if (options.defaults) {
                    object.version = 0;
                    object.network = "";
                    object.networkId = "";
                    object.workload = "";
                    object.host = "";
                    object.vtep = "";
                    object.ip = "";
                    object.mac = "";
                    object.hostname = "";
                    object.kind = options.enums === $String ? "KIND_WORKLOAD" : 0;
                    object.containerId = "";
                    object.ip6 = "";
                }
                if (message.version != null && $Object.hasOwnProperty.call(message, "version"))
                    object.version = message.version;
                if (message.network != null && $Object.hasOwnProperty.call(message, "network"))
                    object.network = message.network;
                if (message.networkId != null && $Object.hasOwnProperty.call(message, "networkId"))
                    object.networkId = message.networkId;
                if (message.workload != null && $Object.hasOwnProperty.call(message, "workload"))
                    object.workload = message.workload;
                if (message.host != null && $Object.hasOwnProperty.call(message, "host"))
                    object.host = message.host;
                if (message.vtep != null && $Object.hasOwnProperty.call(message, "vtep"))
                    object.vtep = message.vtep;
                if (message.ip != null && $Object.hasOwnProperty.call(message, "ip"))
                    object.ip = message.ip;
                if (message.mac != null && $Object.hasOwnProperty.call(message, "mac"))
                    object.mac = message.mac;
                if (message.aliases && message.aliases.length) {
                    object.aliases = $Array(message.aliases.length);
                    for (let j = 0; j < message.aliases.length; ++j)
                        object.aliases[j] = message.aliases[j];
                }
                if (message.hostname != null && $Object.hasOwnProperty.call(message, "hostname"))
                    object.hostname = message.hostname;
                if (message.kind != null && $Object.hasOwnProperty.call(message, "kind"))
                    object.kind = options.enums === $String ? $root.vxnet.v1.EndpointKind[message.kind] === $undefined ? message.kind : $root.vxnet.v1.EndpointKind[message.kind] : message.kind;
                if (message.containerId != null && $Object.hasOwnProperty.call(message, "containerId"))
                    object.containerId = message.containerId;
                if (message.ip6 != null && $Object.hasOwnProperty.call(message, "ip6"))
                    object.ip6 = message.ip6;
                return object;
            };

            /**
             * Converts this Endpoint to JSON.
             * @function toJSON
             * @memberof vxnet.v1.Endpoint
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Endpoint.prototype.toJSON = function() {
                return Endpoint.toObject(this, $protobuf.util.toJSONOptions);
            };

            return Endpoint;
        })();

        v1.Host = (function() {

            /**
             * Properties of a Host.
             * @typedef {Object} vxnet.v1.Host.$Properties
             * @property {number|null} [version] Host version
             * @property {string|null} [name] Host name
             * @property {string|null} [underlayIp] Host underlayIp
             * @property {number|null} [mtu] Host mtu
             * @property {number|null} [vxlanPort] Host vxlanPort
             * @property {number|null} [firstSeenMs] Host firstSeenMs
             * @property {number|null} [lastSeenMs] Host lastSeenMs
             * @property {string|null} [agentVersion] Host agentVersion
             * @property {string|null} [bridgeSubnet] Host bridgeSubnet
             * @property {string|null} [bridgeGateway] Host bridgeGateway
             * @property {string|null} [bridgeIpRange] Host bridgeIpRange
             * @property {string|null} [gwbridgeSubnet] Host gwbridgeSubnet
             * @property {string|null} [gwbridgeGateway] Host gwbridgeGateway
             * @property {string|null} [bridgeSubnet6] Host bridgeSubnet6
             * @property {string|null} [bridgeGateway6] Host bridgeGateway6
             * @property {string|null} [gwbridgeSubnet6] Host gwbridgeSubnet6
             * @property {string|null} [gwbridgeGateway6] Host gwbridgeGateway6
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Host.
             * @memberof vxnet.v1
             * @interface IHost
             * @augments vxnet.v1.Host.$Properties
             * @deprecated Use vxnet.v1.Host.$Properties instead.
             */

            /**
             * Shape of a Host.
             * @typedef {vxnet.v1.Host.$Properties} vxnet.v1.Host.$Shape
             */

            /**
             * Constructs a new Host.
             * @memberof vxnet.v1
             * @classdesc Represents a Host.
             * @constructor
             * @param {vxnet.v1.Host.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Host = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Host version.
             * @member {number} version
             * @memberof vxnet.v1.Host
             * @instance
             */
            Host.prototype.version = 0;

            /**
             * Host name.
             * @member {string} name
             * @memberof vxnet.v1.Host
             * @instance
             */
            Host.prototype.name = "";

            /**
             * Host underlayIp.
             * @member {string} underlayIp
             * @memberof vxnet.v1.Host
             * @instance
             */
            Host.prototype.underlayIp = "";

            /**
             * Host mtu.
             * @member {number} mtu
             * @memberof vxnet.v1.Host
             * @instance
             */
            Host.prototype.mtu = 0;

            /**
             * Host vxlanPort.
             * @member {number} vxlanPort
             * @memberof vxnet.v1.Host
             * @instance
             */
            Host.prototype.vxlanPort = 0;

            /**
             * Host firstSeenMs.
             * @member {number} firstSeenMs
             * @memberof vxnet.v1.Host
             * @instance
             */
            Host.prototype.firstSeenMs = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * Host lastSeenMs.
             * @member {number} lastSeenMs
             * @memberof vxnet.v1.Host
             * @instance
             */
            Host.prototype.lastSeenMs = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * Host agentVersion.
             * @member {string} agentVersion
             * @memberof vxnet.v1.Host
             * @instance
             */
            Host.prototype.agentVersion = "";

            /**
             * Host bridgeSubnet.
             * @member {string} bridgeSubnet
             * @memberof vxnet.v1.Host
             * @instance
             */
            Host.prototype.bridgeSubnet = "";

            /**
             * Host bridgeGateway.
             * @member {string} bridgeGateway
             * @memberof vxnet.v1.Host
             * @instance
             */
            Host.prototype.bridgeGateway = "";

            /**
             * Host bridgeIpRange.
             * @member {string} bridgeIpRange
             * @memberof vxnet.v1.Host
             * @instance
             */
            Host.prototype.bridgeIpRange = "";

            /**
             * Host gwbridgeSubnet.
             * @member {string} gwbridgeSubnet
             * @memberof vxnet.v1.Host
             * @instance
             */
            Host.prototype.gwbridgeSubnet = "";

            /**
             * Host gwbridgeGateway.
             * @member {string} gwbridgeGateway
             * @memberof vxnet.v1.Host
             * @instance
             */
            Host.prototype.gwbridgeGateway = "";

            /**
             * Host bridgeSubnet6.
             * @member {string} bridgeSubnet6
             * @memberof vxnet.v1.Host
             * @instance
             */
            Host.prototype.bridgeSubnet6 = "";

            /**
             * Host bridgeGateway6.
             * @member {string} bridgeGateway6
             * @memberof vxnet.v1.Host
             * @instance
             */
            Host.prototype.bridgeGateway6 = "";

            /**
             * Host gwbridgeSubnet6.
             * @member {string} gwbridgeSubnet6
             * @memberof vxnet.v1.Host
             * @instance
             */
            Host.prototype.gwbridgeSubnet6 = "";

            /**
             * Host gwbridgeGateway6.
             * @member {string} gwbridgeGateway6
             * @memberof vxnet.v1.Host
             * @instance
             */
            Host.prototype.gwbridgeGateway6 = "";

            /**
             * Creates a new Host instance using the specified properties.
             * @function create
             * @memberof vxnet.v1.Host
             * @static
             * @param {vxnet.v1.Host.$Properties=} [properties] Properties to set
             * @returns {vxnet.v1.Host} Host instance
             * @type {{
             *   (properties: vxnet.v1.Host.$Shape): vxnet.v1.Host & vxnet.v1.Host.$Shape;
             *   (properties?: vxnet.v1.Host.$Properties): vxnet.v1.Host;
             * }}
             */
            Host.create = function(properties) {
                return new Host(properties);
            };

            /**
             * Encodes the specified Host message. Does not implicitly {@link vxnet.v1.Host.verify|verify} messages.
             * @function encode
             * @memberof vxnet.v1.Host
             * @static
             * @param {vxnet.v1.Host.$Properties} message Host message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Host.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.version != null && $Object.hasOwnProperty.call(message, "version") && message.version !== 0)
                    writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.version);
                if (message.name != null && $Object.hasOwnProperty.call(message, "name") && message.name !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.name);
                if (message.underlayIp != null && $Object.hasOwnProperty.call(message, "underlayIp") && message.underlayIp !== "")
                    writer.uint32(/* id 3, wireType 2 =*/26).string(message.underlayIp);
                if (message.mtu != null && $Object.hasOwnProperty.call(message, "mtu") && message.mtu !== 0)
                    writer.uint32(/* id 4, wireType 0 =*/32).uint32(message.mtu);
                if (message.vxlanPort != null && $Object.hasOwnProperty.call(message, "vxlanPort") && message.vxlanPort !== 0)
                    writer.uint32(/* id 5, wireType 0 =*/40).uint32(message.vxlanPort);
                if (message.firstSeenMs != null && $Object.hasOwnProperty.call(message, "firstSeenMs") && (typeof message.firstSeenMs === "object" ? message.firstSeenMs.low || message.firstSeenMs.high : message.firstSeenMs !== 0))
                    writer.uint32(/* id 6, wireType 0 =*/48).int64(message.firstSeenMs);
                if (message.lastSeenMs != null && $Object.hasOwnProperty.call(message, "lastSeenMs") && (typeof message.lastSeenMs === "object" ? message.lastSeenMs.low || message.lastSeenMs.high : message.lastSeenMs !== 0))
                    writer.uint32(/* id 7, wireType 0 =*/56).int64(message.lastSeenMs);
                if (message.agentVersion != null && $Object.hasOwnProperty.call(message, "agentVersion") && message.agentVersion !== "")
                    writer.uint32(/* id 8, wireType 2 =*/66).string(message.agentVersion);
                if (message.bridgeSubnet != null && $Object.hasOwnProperty.call(message, "bridgeSubnet") && message.bridgeSubnet !== "")
                    writer.uint32(/* id 9, wireType 2 =*/74).string(message.bridgeSubnet);
                if (message.bridgeGateway != null && $Object.hasOwnProperty.call(message, "bridgeGateway") && message.bridgeGateway !== "")
                    writer.uint32(/* id 10, wireType 2 =*/82).string(message.bridgeGateway);
                if (message.bridgeIpRange != null && $Object.hasOwnProperty.call(message, "bridgeIpRange") && message.bridgeIpRange !== "")
                    writer.uint32(/* id 11, wireType 2 =*/90).string(message.bridgeIpRange);
                if (message.gwbridgeSubnet != null && $Object.hasOwnProperty.call(message, "gwbridgeSubnet") && message.gwbridgeSubnet !== "")
                    writer.uint32(/* id 12, wireType 2 =*/98).string(message.gwbridgeSubnet);
                if (message.gwbridgeGateway != null && $Object.hasOwnProperty.call(message, "gwbridgeGateway") && message.gwbridgeGateway !== "")
                    writer.uint32(/* id 13, wireType 2 =*/106).string(message.gwbridgeGateway);
                if (message.bridgeSubnet6 != null && $Object.hasOwnProperty.call(message, "bridgeSubnet6") && message.bridgeSubnet6 !== "")
                    writer.uint32(/* id 60, wireType 2 =*/482).string(message.bridgeSubnet6);
                if (message.bridgeGateway6 != null && $Object.hasOwnProperty.call(message, "bridgeGateway6") && message.bridgeGateway6 !== "")
                    writer.uint32(/* id 61, wireType 2 =*/490).string(message.bridgeGateway6);
                if (message.gwbridgeSubnet6 != null && $Object.hasOwnProperty.call(message, "gwbridgeSubnet6") && message.gwbridgeSubnet6 !== "")
                    writer.uint32(/* id 62, wireType 2 =*/498).string(message.gwbridgeSubnet6);
                if (message.gwbridgeGateway6 != null && $Object.hasOwnProperty.call(message, "gwbridgeGateway6") && message.gwbridgeGateway6 !== "")
                    writer.uint32(/* id 63, wireType 2 =*/506).string(message.gwbridgeGateway6);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a Host message from the specified reader or buffer.
             * @function decode
             * @memberof vxnet.v1.Host
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {vxnet.v1.Host & vxnet.v1.Host.$Shape} Host
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Host.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.vxnet.v1.Host();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.version = value;
                            else
                                delete message.version;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.name = value;
                            else
                                delete message.name;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.underlayIp = value;
                            else
                                delete message.underlayIp;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.mtu = value;
                            else
                                delete message.mtu;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.vxlanPort = value;
                            else
                                delete message.vxlanPort;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.firstSeenMs = value;
                            else
                                delete message.firstSeenMs;
                            continue;
                        }
                    case 7: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.lastSeenMs = value;
                            else
                                delete message.lastSeenMs;
                            continue;
                        }
                    case 8: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.agentVersion = value;
                            else
                                delete message.agentVersion;
                            continue;
                        }
                    case 9: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.bridgeSubnet = value;
                            else
                                delete message.bridgeSubnet;
                            continue;
                        }
                    case 10: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.bridgeGateway = value;
                            else
                                delete message.bridgeGateway;
                            continue;
                        }
                    case 11: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.bridgeIpRange = value;
                            else
                                delete message.bridgeIpRange;
                            continue;
                        }
                    case 12: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.gwbridgeSubnet = value;
                            else
                                delete message.gwbridgeSubnet;
                            continue;
                        }
                    case 13: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.gwbridgeGateway = value;
                            else
                                delete message.gwbridgeGateway;
                            continue;
                        }
                    case 60: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.bridgeSubnet6 = value;
                            else
                                delete message.bridgeSubnet6;
                            continue;
                        }
                    case 61: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.bridgeGateway6 = value;
                            else
                                delete message.bridgeGateway6;
                            continue;
                        }
                    case 62: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.gwbridgeSubnet6 = value;
                            else
                                delete message.gwbridgeSubnet6;
                            continue;
                        }
                    case 63: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.gwbridgeGateway6 = value;
                            else
                                delete message.gwbridgeGateway6;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Creates a Host message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof vxnet.v1.Host
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {vxnet.v1.Host} Host
             */
            Host.fromObject = function (object, _depth) {
                if (object instanceof $root.vxnet.v1.Host)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".vxnet.v1.Host: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.vxnet.v1.Host();
                if (object.version != null)
                    if ($Number(object.version) !== 0)
                        message.version = object.version >>> 0;
                if (object.name != null)
                    if (typeof object.name !== "string" || object.name.length)
                        message.name = $String(object.name);
                if (object.underlayIp != null)
                    if (typeof object.underlayIp !== "string" || object.underlayIp.length)
                        message.underlayIp = $String(object.underlayIp);
                if (object.mtu != null)
                    if ($Number(object.mtu) !== 0)
                        message.mtu = object.mtu >>> 0;
                if (object.vxlanPort != null)
                    if ($Number(object.vxlanPort) !== 0)
                        message.vxlanPort = object.vxlanPort >>> 0;
                if (object.firstSeenMs != null)
                    if (typeof object.firstSeenMs === "object" ? object.firstSeenMs.low || object.firstSeenMs.high : $Number(object.firstSeenMs) !== 0)
                        if ($util.Long)
                            message.firstSeenMs = $util.Long.fromValue(object.firstSeenMs, false);
                        else if (typeof object.firstSeenMs === "string")
                            message.firstSeenMs = $parseInt(object.firstSeenMs, 10);
                        else if (typeof object.firstSeenMs === "number")
                            message.firstSeenMs = object.firstSeenMs;
                        else if (typeof object.firstSeenMs === "object")
                            message.firstSeenMs = new $util.LongBits(object.firstSeenMs.low >>> 0, object.firstSeenMs.high >>> 0).toNumber();
                if (object.lastSeenMs != null)
                    if (typeof object.lastSeenMs === "object" ? object.lastSeenMs.low || object.lastSeenMs.high : $Number(object.lastSeenMs) !== 0)
                        if ($util.Long)
                            message.lastSeenMs = $util.Long.fromValue(object.lastSeenMs, false);
                        else if (typeof object.lastSeenMs === "string")
                            message.lastSeenMs = $parseInt(object.lastSeenMs, 10);
                        else if (typeof object.lastSeenMs === "number")
                            message.lastSeenMs = object.lastSeenMs;
                        else if (typeof object.lastSeenMs === "object")
                            message.lastSeenMs = new $util.LongBits(object.lastSeenMs.low >>> 0, object.lastSeenMs.high >>> 0).toNumber();
                if (object.agentVersion != null)
                    if (typeof object.agentVersion !== "string" || object.agentVersion.length)
                        message.agentVersion = $String(object.agentVersion);
                if (object.bridgeSubnet != null)
                    if (typeof object.bridgeSubnet !== "string" || object.bridgeSubnet.length)
                        message.bridgeSubnet = $String(object.bridgeSubnet);
                if (object.bridgeGateway != null)
                    if (typeof object.bridgeGateway !== "string" || object.bridgeGateway.length)
                        message.bridgeGateway = $String(object.bridgeGateway);
                if (object.bridgeIpRange != null)
                    if (typeof object.bridgeIpRange !== "string" || object.bridgeIpRange.length)
                        message.bridgeIpRange = $String(object.bridgeIpRange);
                if (object.gwbridgeSubnet != null)
                    if (typeof object.gwbridgeSubnet !== "string" || object.gwbridgeSubnet.length)
                        message.gwbridgeSubnet = $String(object.gwbridgeSubnet);
                if (object.gwbridgeGateway != null)
                    if (typeof object.gwbridgeGateway !== "string" || object.gwbridgeGateway.length)
                        message.gwbridgeGateway = $String(object.gwbridgeGateway);
                if (object.bridgeSubnet6 != null)
                    if (typeof object.bridgeSubnet6 !== "string" || object.bridgeSubnet6.length)
                        message.bridgeSubnet6 = $String(object.bridgeSubnet6);
                if (object.bridgeGateway6 != null)
                    if (typeof object.bridgeGateway6 !== "string" || object.bridgeGateway6.length)
                        message.bridgeGateway6 = $String(object.bridgeGateway6);
                if (object.gwbridgeSubnet6 != null)
                    if (typeof object.gwbridgeSubnet6 !== "string" || object.gwbridgeSubnet6.length)
                        message.gwbridgeSubnet6 = $String(object.gwbridgeSubnet6);
                if (object.gwbridgeGateway6 != null)
                    if (typeof object.gwbridgeGateway6 !== "string" || object.gwbridgeGateway6.length)
                        message.gwbridgeGateway6 = $String(object.gwbridgeGateway6);
                return message;
            };

            /**
             * Creates a plain object from a Host message. Also converts values to other types if specified.
             * @function toObject
             * @memberof vxnet.v1.Host
             * @static
             * @param {vxnet.v1.Host} message Host
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Host.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.version = 0;
                    object.name = "";
                    object.underlayIp = "";
                    object.mtu = 0;
                    object.vxlanPort = 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, false);
                        object.firstSeenMs = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.firstSeenMs = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, false);
                        object.lastSeenMs = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.lastSeenMs = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    object.agentVersion = "";
                    object.bridgeSubnet = "";
                    object.bridgeGateway = "";
                    object.bridgeIpRange = "";
                    object.gwbridgeSubnet = "";
                    object.gwbridgeGateway = "";
                    object.bridgeSubnet6 = "";
                    object.bridgeGateway6 = "";
                    object.gwbridgeSubnet6 = "";
                    object.gwbridgeGateway6 = "";
                }
                if (message.version != null && $Object.hasOwnProperty.call(message, "version"))
                    object.version = message.version;
                if (message.name != null && $Object.hasOwnProperty.call(message, "name"))
                    object.name = message.name;
                if (message.underlayIp != null && $Object.hasOwnProperty.call(message, "underlayIp"))
                    object.underlayIp = message.underlayIp;
                if (message.mtu != null && $Object.hasOwnProperty.call(message, "mtu"))
                    object.mtu = message.mtu;
                if (message.vxlanPort != null && $Object.hasOwnProperty.call(message, "vxlanPort"))
                    object.vxlanPort = message.vxlanPort;
                if (message.firstSeenMs != null && $Object.hasOwnProperty.call(message, "firstSeenMs"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.firstSeenMs = typeof message.firstSeenMs === "number" ? $BigInt(message.firstSeenMs) : $util.Long.fromBits(message.firstSeenMs.low >>> 0, message.firstSeenMs.high >>> 0, false).toBigInt();
                    else if (typeof message.firstSeenMs === "number")
                        object.firstSeenMs = options.longs === $String ? $String(message.firstSeenMs) : message.firstSeenMs;
                    else
                        object.firstSeenMs = options.longs === $String ? $util.Long.prototype.toString.call(message.firstSeenMs) : options.longs === $Number ? new $util.LongBits(message.firstSeenMs.low >>> 0, message.firstSeenMs.high >>> 0).toNumber() : message.firstSeenMs;
                if (message.lastSeenMs != null && $Object.hasOwnProperty.call(message, "lastSeenMs"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.lastSeenMs = typeof message.lastSeenMs === "number" ? $BigInt(message.lastSeenMs) : $util.Long.fromBits(message.lastSeenMs.low >>> 0, message.lastSeenMs.high >>> 0, false).toBigInt();
                    else if (typeof message.lastSeenMs === "number")
                        object.lastSeenMs = options.longs === $String ? $String(message.lastSeenMs) : message.lastSeenMs;
                    else
                        object.lastSeenMs = options.longs === $String ? $util.Long.prototype.toString.call(message.lastSeenMs) : options.longs === $Number ? new $util.LongBits(message.lastSeenMs.low >>> 0, message.lastSeenMs.high >>> 0).toNumber() : message.lastSeenMs;
                if (message.agentVersion != null && $Object.hasOwnProperty.call(message, "agentVersion"))
                    object.agentVersion = message.agentVersion;
                if (message.bridgeSubnet != null && $Object.hasOwnProperty.call(message, "bridgeSubnet"))
                    object.bridgeSubnet = message.bridgeSubnet;
                if (message.bridgeGateway != null && $Object.hasOwnProperty.call(message, "bridgeGateway"))
                    object.bridgeGateway = message.bridgeGateway;
                if (message.bridgeIpRange != null && $Object.hasOwnProperty.call(message, "bridgeIpRange"))
                    object.bridgeIpRange = message.bridgeIpRange;
                if (message.gwbridgeSubnet != null && $Object.hasOwnProperty.call(message, "gwbridgeSubnet"))
                    object.gwbridgeSubnet = message.gwbridgeSubnet;
                if (message.gwbridgeGateway != null && $Object.hasOwnProperty.call(message, "gwbridgeGateway"))
                    object.gwbridgeGateway = message.gwbridgeGateway;
                if (message.bridgeSubnet6 != null && $Object.hasOwnProperty.call(message, "bridgeSubnet6"))
                    object.bridgeSubnet6 = message.bridgeSubnet6;
                if (message.bridgeGateway6 != null && $Object.hasOwnProperty.call(message, "bridgeGateway6"))
                    object.bridgeGateway6 = message.bridgeGateway6;
                if (message.gwbridgeSubnet6 != null && $Object.hasOwnProperty.call(message, "gwbridgeSubnet6"))
                    object.gwbridgeSubnet6 = message.gwbridgeSubnet6;
                if (message.gwbridgeGateway6 != null && $Object.hasOwnProperty.call(message, "gwbridgeGateway6"))
                    object.gwbridgeGateway6 = message.gwbridgeGateway6;
                return object;
            };

            /**
             * Converts this Host to JSON.
             * @function toJSON
             * @memberof vxnet.v1.Host
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Host.prototype.toJSON = function() {
                return Host.toObject(this, $protobuf.util.toJSONOptions);
            };

            return Host;
        })();

        v1.Heartbeat = (function() {

            /**
             * Properties of a Heartbeat.
             * @typedef {Object} vxnet.v1.Heartbeat.$Properties
             * @property {number|null} [version] Heartbeat version
             * @property {string|null} [host] Heartbeat host
             * @property {string|null} [underlayIp] Heartbeat underlayIp
             * @property {number|null} [mtu] Heartbeat mtu
             * @property {number|null} [vxlanPort] Heartbeat vxlanPort
             * @property {number|null} [sentMs] Heartbeat sentMs
             * @property {string|null} [agentVersion] Heartbeat agentVersion
             * @property {string|null} [bridgeSubnet] Heartbeat bridgeSubnet
             * @property {string|null} [bridgeGateway] Heartbeat bridgeGateway
             * @property {string|null} [bridgeIpRange] Heartbeat bridgeIpRange
             * @property {string|null} [gwbridgeSubnet] Heartbeat gwbridgeSubnet
             * @property {string|null} [gwbridgeGateway] Heartbeat gwbridgeGateway
             * @property {string|null} [bridgeSubnet6] Heartbeat bridgeSubnet6
             * @property {string|null} [bridgeGateway6] Heartbeat bridgeGateway6
             * @property {string|null} [gwbridgeSubnet6] Heartbeat gwbridgeSubnet6
             * @property {string|null} [gwbridgeGateway6] Heartbeat gwbridgeGateway6
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Heartbeat.
             * @memberof vxnet.v1
             * @interface IHeartbeat
             * @augments vxnet.v1.Heartbeat.$Properties
             * @deprecated Use vxnet.v1.Heartbeat.$Properties instead.
             */

            /**
             * Shape of a Heartbeat.
             * @typedef {vxnet.v1.Heartbeat.$Properties} vxnet.v1.Heartbeat.$Shape
             */

            /**
             * Constructs a new Heartbeat.
             * @memberof vxnet.v1
             * @classdesc Represents a Heartbeat.
             * @constructor
             * @param {vxnet.v1.Heartbeat.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Heartbeat = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Heartbeat version.
             * @member {number} version
             * @memberof vxnet.v1.Heartbeat
             * @instance
             */
            Heartbeat.prototype.version = 0;

            /**
             * Heartbeat host.
             * @member {string} host
             * @memberof vxnet.v1.Heartbeat
             * @instance
             */
            Heartbeat.prototype.host = "";

            /**
             * Heartbeat underlayIp.
             * @member {string} underlayIp
             * @memberof vxnet.v1.Heartbeat
             * @instance
             */
            Heartbeat.prototype.underlayIp = "";

            /**
             * Heartbeat mtu.
             * @member {number} mtu
             * @memberof vxnet.v1.Heartbeat
             * @instance
             */
            Heartbeat.prototype.mtu = 0;

            /**
             * Heartbeat vxlanPort.
             * @member {number} vxlanPort
             * @memberof vxnet.v1.Heartbeat
             * @instance
             */
            Heartbeat.prototype.vxlanPort = 0;

            /**
             * Heartbeat sentMs.
             * @member {number} sentMs
             * @memberof vxnet.v1.Heartbeat
             * @instance
             */
            Heartbeat.prototype.sentMs = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * Heartbeat agentVersion.
             * @member {string} agentVersion
             * @memberof vxnet.v1.Heartbeat
             * @instance
             */
            Heartbeat.prototype.agentVersion = "";

            /**
             * Heartbeat bridgeSubnet.
             * @member {string} bridgeSubnet
             * @memberof vxnet.v1.Heartbeat
             * @instance
             */
            Heartbeat.prototype.bridgeSubnet = "";

            /**
             * Heartbeat bridgeGateway.
             * @member {string} bridgeGateway
             * @memberof vxnet.v1.Heartbeat
             * @instance
             */
            Heartbeat.prototype.bridgeGateway = "";

            /**
             * Heartbeat bridgeIpRange.
             * @member {string} bridgeIpRange
             * @memberof vxnet.v1.Heartbeat
             * @instance
             */
            Heartbeat.prototype.bridgeIpRange = "";

            /**
             * Heartbeat gwbridgeSubnet.
             * @member {string} gwbridgeSubnet
             * @memberof vxnet.v1.Heartbeat
             * @instance
             */
            Heartbeat.prototype.gwbridgeSubnet = "";

            /**
             * Heartbeat gwbridgeGateway.
             * @member {string} gwbridgeGateway
             * @memberof vxnet.v1.Heartbeat
             * @instance
             */
            Heartbeat.prototype.gwbridgeGateway = "";

            /**
             * Heartbeat bridgeSubnet6.
             * @member {string} bridgeSubnet6
             * @memberof vxnet.v1.Heartbeat
             * @instance
             */
            Heartbeat.prototype.bridgeSubnet6 = "";

            /**
             * Heartbeat bridgeGateway6.
             * @member {string} bridgeGateway6
             * @memberof vxnet.v1.Heartbeat
             * @instance
             */
            Heartbeat.prototype.bridgeGateway6 = "";

            /**
             * Heartbeat gwbridgeSubnet6.
             * @member {string} gwbridgeSubnet6
             * @memberof vxnet.v1.Heartbeat
             * @instance
             */
            Heartbeat.prototype.gwbridgeSubnet6 = "";

            /**
             * Heartbeat gwbridgeGateway6.
             * @member {string} gwbridgeGateway6
             * @memberof vxnet.v1.Heartbeat
             * @instance
             */
            Heartbeat.prototype.gwbridgeGateway6 = "";

            /**
             * Creates a new Heartbeat instance using the specified properties.
             * @function create
             * @memberof vxnet.v1.Heartbeat
             * @static
             * @param {vxnet.v1.Heartbeat.$Properties=} [properties] Properties to set
             * @returns {vxnet.v1.Heartbeat} Heartbeat instance
             * @type {{
             *   (properties: vxnet.v1.Heartbeat.$Shape): vxnet.v1.Heartbeat & vxnet.v1.Heartbeat.$Shape;
             *   (properties?: vxnet.v1.Heartbeat.$Properties): vxnet.v1.Heartbeat;
             * }}
             */
            Heartbeat.create = function(properties) {
                return new Heartbeat(properties);
            };

            /**
             * Encodes the specified Heartbeat message. Does not implicitly {@link vxnet.v1.Heartbeat.verify|verify} messages.
             * @function encode
             * @memberof vxnet.v1.Heartbeat
             * @static
             * @param {vxnet.v1.Heartbeat.$Properties} message Heartbeat message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Heartbeat.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.version != null && $Object.hasOwnProperty.call(message, "version") && message.version !== 0)
                    writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.version);
                if (message.host != null && $Object.hasOwnProperty.call(message, "host") && message.host !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.host);
                if (message.underlayIp != null && $Object.hasOwnProperty.call(message, "underlayIp") && message.underlayIp !== "")
                    writer.uint32(/* id 3, wireType 2 =*/26).string(message.underlayIp);
                if (message.mtu != null && $Object.hasOwnProperty.call(message, "mtu") && message.mtu !== 0)
                    writer.uint32(/* id 4, wireType 0 =*/32).uint32(message.mtu);
                if (message.vxlanPort != null && $Object.hasOwnProperty.call(message, "vxlanPort") && message.vxlanPort !== 0)
                    writer.uint32(/* id 5, wireType 0 =*/40).uint32(message.vxlanPort);
                if (message.sentMs != null && $Object.hasOwnProperty.call(message, "sentMs") && (typeof message.sentMs === "object" ? message.sentMs.low || message.sentMs.high : message.sentMs !== 0))
                    writer.uint32(/* id 6, wireType 0 =*/48).int64(message.sentMs);
                if (message.agentVersion != null && $Object.hasOwnProperty.call(message, "agentVersion") && message.agentVersion !== "")
                    writer.uint32(/* id 7, wireType 2 =*/58).string(message.agentVersion);
                if (message.bridgeSubnet != null && $Object.hasOwnProperty.call(message, "bridgeSubnet") && message.bridgeSubnet !== "")
                    writer.uint32(/* id 8, wireType 2 =*/66).string(message.bridgeSubnet);
                if (message.bridgeGateway != null && $Object.hasOwnProperty.call(message, "bridgeGateway") && message.bridgeGateway !== "")
                    writer.uint32(/* id 9, wireType 2 =*/74).string(message.bridgeGateway);
                if (message.bridgeIpRange != null && $Object.hasOwnProperty.call(message, "bridgeIpRange") && message.bridgeIpRange !== "")
                    writer.uint32(/* id 10, wireType 2 =*/82).string(message.bridgeIpRange);
                if (message.gwbridgeSubnet != null && $Object.hasOwnProperty.call(message, "gwbridgeSubnet") && message.gwbridgeSubnet !== "")
                    writer.uint32(/* id 11, wireType 2 =*/90).string(message.gwbridgeSubnet);
                if (message.gwbridgeGateway != null && $Object.hasOwnProperty.call(message, "gwbridgeGateway") && message.gwbridgeGateway !== "")
                    writer.uint32(/* id 12, wireType 2 =*/98).string(message.gwbridgeGateway);
                if (message.bridgeSubnet6 != null && $Object.hasOwnProperty.call(message, "bridgeSubnet6") && message.bridgeSubnet6 !== "")
                    writer.uint32(/* id 60, wireType 2 =*/482).string(message.bridgeSubnet6);
                if (message.bridgeGateway6 != null && $Object.hasOwnProperty.call(message, "bridgeGateway6") && message.bridgeGateway6 !== "")
                    writer.uint32(/* id 61, wireType 2 =*/490).string(message.bridgeGateway6);
                if (message.gwbridgeSubnet6 != null && $Object.hasOwnProperty.call(message, "gwbridgeSubnet6") && message.gwbridgeSubnet6 !== "")
                    writer.uint32(/* id 62, wireType 2 =*/498).string(message.gwbridgeSubnet6);
                if (message.gwbridgeGateway6 != null && $Object.hasOwnProperty.call(message, "gwbridgeGateway6") && message.gwbridgeGateway6 !== "")
                    writer.uint32(/* id 63, wireType 2 =*/506).string(message.gwbridgeGateway6);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a Heartbeat message from the specified reader or buffer.
             * @function decode
             * @memberof vxnet.v1.Heartbeat
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {vxnet.v1.Heartbeat & vxnet.v1.Heartbeat.$Shape} Heartbeat
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Heartbeat.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.vxnet.v1.Heartbeat();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.version = value;
                            else
                                delete message.version;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.host = value;
                            else
                                delete message.host;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.underlayIp = value;
                            else
                                delete message.underlayIp;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.mtu = value;
                            else
                                delete message.mtu;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.vxlanPort = value;
                            else
                                delete message.vxlanPort;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.sentMs = value;
                            else
                                delete message.sentMs;
                            continue;
                        }
                    case 7: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.agentVersion = value;
                            else
                                delete message.agentVersion;
                            continue;
                        }
                    case 8: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.bridgeSubnet = value;
                            else
                                delete message.bridgeSubnet;
                            continue;
                        }
                    case 9: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.bridgeGateway = value;
                            else
                                delete message.bridgeGateway;
                            continue;
                        }
                    case 10: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.bridgeIpRange = value;
                            else
                                delete message.bridgeIpRange;
                            continue;
                        }
                    case 11: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.gwbridgeSubnet = value;
                            else
                                delete message.gwbridgeSubnet;
                            continue;
                        }
                    case 12: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.gwbridgeGateway = value;
                            else
                                delete message.gwbridgeGateway;
                            continue;
                        }
                    case 60: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.bridgeSubnet6 = value;
                            else
                                delete message.bridgeSubnet6;
                            continue;
                        }
                    case 61: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.bridgeGateway6 = value;
                            else
                                delete message.bridgeGateway6;
                            continue;
                        }
                    case 62: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.gwbridgeSubnet6 = value;
                            else
                                delete message.gwbridgeSubnet6;
                            continue;
                        }
                    case 63: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.gwbridgeGateway6 = value;
                            else
                                delete message.gwbridgeGateway6;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Creates a Heartbeat message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof vxnet.v1.Heartbeat
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {vxnet.v1.Heartbeat} Heartbeat
             */
            Heartbeat.fromObject = function (object, _depth) {
                if (object instanceof $root.vxnet.v1.Heartbeat)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".vxnet.v1.Heartbeat: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.vxnet.v1.Heartbeat();
                if (object.version != null)
                    if ($Number(object.version) !== 0)
                        message.version = object.version >>> 0;
                if (object.host != null)
                    if (typeof object.host !== "string" || object.host.length)
                        message.host = $String(object.host);
                if (object.underlayIp != null)
                    if (typeof object.underlayIp !== "string" || object.underlayIp.length)
                        message.underlayIp = $String(object.underlayIp);
                if (object.mtu != null)
                    if ($Number(object.mtu) !== 0)
                        message.mtu = object.mtu >>> 0;
                if (object.vxlanPort != null)
                    if ($Number(object.vxlanPort) !== 0)
                        message.vxlanPort = object.vxlanPort >>> 0;
                if (object.sentMs != null)
                    if (typeof object.sentMs === "object" ? object.sentMs.low || object.sentMs.high : $Number(object.sentMs) !== 0)
                        if ($util.Long)
                            message.sentMs = $util.Long.fromValue(object.sentMs, false);
                        else if (typeof object.sentMs === "string")
                            message.sentMs = $parseInt(object.sentMs, 10);
                        else if (typeof object.sentMs === "number")
                            message.sentMs = object.sentMs;
                        else if (typeof object.sentMs === "object")
                            message.sentMs = new $util.LongBits(object.sentMs.low >>> 0, object.sentMs.high >>> 0).toNumber();
                if (object.agentVersion != null)
                    if (typeof object.agentVersion !== "string" || object.agentVersion.length)
                        message.agentVersion = $String(object.agentVersion);
                if (object.bridgeSubnet != null)
                    if (typeof object.bridgeSubnet !== "string" || object.bridgeSubnet.length)
                        message.bridgeSubnet = $String(object.bridgeSubnet);
                if (object.bridgeGateway != null)
                    if (typeof object.bridgeGateway !== "string" || object.bridgeGateway.length)
                        message.bridgeGateway = $String(object.bridgeGateway);
                if (object.bridgeIpRange != null)
                    if (typeof object.bridgeIpRange !== "string" || object.bridgeIpRange.length)
                        message.bridgeIpRange = $String(object.bridgeIpRange);
                if (object.gwbridgeSubnet != null)
                    if (typeof object.gwbridgeSubnet !== "string" || object.gwbridgeSubnet.length)
                        message.gwbridgeSubnet = $String(object.gwbridgeSubnet);
                if (object.gwbridgeGateway != null)
                    if (typeof object.gwbridgeGateway !== "string" || object.gwbridgeGateway.length)
                        message.gwbridgeGateway = $String(object.gwbridgeGateway);
                if (object.bridgeSubnet6 != null)
                    if (typeof object.bridgeSubnet6 !== "string" || object.bridgeSubnet6.length)
                        message.bridgeSubnet6 = $String(object.bridgeSubnet6);
                if (object.bridgeGateway6 != null)
                    if (typeof object.bridgeGateway6 !== "string" || object.bridgeGateway6.length)
                        message.bridgeGateway6 = $String(object.bridgeGateway6);
                if (object.gwbridgeSubnet6 != null)
                    if (typeof object.gwbridgeSubnet6 !== "string" || object.gwbridgeSubnet6.length)
                        message.gwbridgeSubnet6 = $String(object.gwbridgeSubnet6);
                if (object.gwbridgeGateway6 != null)
                    if (typeof object.gwbridgeGateway6 !== "string" || object.gwbridgeGateway6.length)
                        message.gwbridgeGateway6 = $String(object.gwbridgeGateway6);
                return message;
            };

            /**
             * Creates a plain object from a Heartbeat message. Also converts values to other types if specified.
             * @function toObject
             * @memberof vxnet.v1.Heartbeat
             * @static
             * @param {vxnet.v1.Heartbeat} message Heartbeat
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Heartbeat.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.version = 0;
                    object.host = "";
                    object.underlayIp = "";
                    object.mtu = 0;
                    object.vxlanPort = 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, false);
                        object.sentMs = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.sentMs = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    object.agentVersion = "";
                    object.bridgeSubnet = "";
                    object.bridgeGateway = "";
                    object.bridgeIpRange = "";
                    object.gwbridgeSubnet = "";
                    object.gwbridgeGateway = "";
                    object.bridgeSubnet6 = "";
                    object.bridgeGateway6 = "";
                    object.gwbridgeSubnet6 = "";
                    object.gwbridgeGateway6 = "";
                }
                if (message.version != null && $Object.hasOwnProperty.call(message, "version"))
                    object.version = message.version;
                if (message.host != null && $Object.hasOwnProperty.call(message, "host"))
                    object.host = message.host;
                if (message.underlayIp != null && $Object.hasOwnProperty.call(message, "underlayIp"))
                    object.underlayIp = message.underlayIp;
                if (message.mtu != null && $Object.hasOwnProperty.call(message, "mtu"))
                    object.mtu = message.mtu;
                if (message.vxlanPort != null && $Object.hasOwnProperty.call(message, "vxlanPort"))
                    object.vxlanPort = message.vxlanPort;
                if (message.sentMs != null && $Object.hasOwnProperty.call(message, "sentMs"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.sentMs = typeof message.sentMs === "number" ? $BigInt(message.sentMs) : $util.Long.fromBits(message.sentMs.low >>> 0, message.sentMs.high >>> 0, false).toBigInt();
                    else if (typeof message.sentMs === "number")
                        object.sentMs = options.longs === $String ? $String(message.sentMs) : message.sentMs;
                    else
                        object.sentMs = options.longs === $String ? $util.Long.prototype.toString.call(message.sentMs) : options.longs === $Number ? new $util.LongBits(message.sentMs.low >>> 0, message.sentMs.high >>> 0).toNumber() : message.sentMs;
                if (message.agentVersion != null && $Object.hasOwnProperty.call(message, "agentVersion"))
                    object.agentVersion = message.agentVersion;
                if (message.bridgeSubnet != null && $Object.hasOwnProperty.call(message, "bridgeSubnet"))
                    object.bridgeSubnet = message.bridgeSubnet;
                if (message.bridgeGateway != null && $Object.hasOwnProperty.call(message, "bridgeGateway"))
                    object.bridgeGateway = message.bridgeGateway;
                if (message.bridgeIpRange != null && $Object.hasOwnProperty.call(message, "bridgeIpRange"))
                    object.bridgeIpRange = message.bridgeIpRange;
                if (message.gwbridgeSubnet != null && $Object.hasOwnProperty.call(message, "gwbridgeSubnet"))
                    object.gwbridgeSubnet = message.gwbridgeSubnet;
                if (message.gwbridgeGateway != null && $Object.hasOwnProperty.call(message, "gwbridgeGateway"))
                    object.gwbridgeGateway = message.gwbridgeGateway;
                if (message.bridgeSubnet6 != null && $Object.hasOwnProperty.call(message, "bridgeSubnet6"))
                    object.bridgeSubnet6 = message.bridgeSubnet6;
                if (message.bridgeGateway6 != null && $Object.hasOwnProperty.call(message, "bridgeGateway6"))
                    object.bridgeGateway6 = message.bridgeGateway6;
                if (message.gwbridgeSubnet6 != null && $Object.hasOwnProperty.call(message, "gwbridgeSubnet6"))
                    object.gwbridgeSubnet6 = message.gwbridgeSubnet6;
                if (message.gwbridgeGateway6 != null && $Object.hasOwnProperty.call(message, "gwbridgeGateway6"))
                    object.gwbridgeGateway6 = message.gwbridgeGateway6;
                return object;
            };

            /**
             * Converts this Heartbeat to JSON.
             * @function toJSON
             * @memberof vxnet.v1.Heartbeat
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Heartbeat.prototype.toJSON = function() {
                return Heartbeat.toObject(this, $protobuf.util.toJSONOptions);
            };

            return Heartbeat;
        })();

        v1.WorkloadStatus = (function() {

            /**
             * Properties of a WorkloadStatus.
             * @typedef {Object} vxnet.v1.WorkloadStatus.$Properties
             * @property {string|null} [name] WorkloadStatus name
             * @property {string|null} [state] WorkloadStatus state
             * @property {string|null} [error] WorkloadStatus error
             * @property {number|null} [pid] WorkloadStatus pid
             * @property {number|null} [exitCode] WorkloadStatus exitCode
             * @property {number|null} [restarts] WorkloadStatus restarts
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a WorkloadStatus.
             * @memberof vxnet.v1
             * @interface IWorkloadStatus
             * @augments vxnet.v1.WorkloadStatus.$Properties
             * @deprecated Use vxnet.v1.WorkloadStatus.$Properties instead.
             */

            /**
             * Shape of a WorkloadStatus.
             * @typedef {vxnet.v1.WorkloadStatus.$Properties} vxnet.v1.WorkloadStatus.$Shape
             */

            /**
             * Constructs a new WorkloadStatus.
             * @memberof vxnet.v1
             * @classdesc Represents a WorkloadStatus.
             * @constructor
             * @param {vxnet.v1.WorkloadStatus.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const WorkloadStatus = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * WorkloadStatus name.
             * @member {string} name
             * @memberof vxnet.v1.WorkloadStatus
             * @instance
             */
            WorkloadStatus.prototype.name = "";

            /**
             * WorkloadStatus state.
             * @member {string} state
             * @memberof vxnet.v1.WorkloadStatus
             * @instance
             */
            WorkloadStatus.prototype.state = "";

            /**
             * WorkloadStatus error.
             * @member {string} error
             * @memberof vxnet.v1.WorkloadStatus
             * @instance
             */
            WorkloadStatus.prototype.error = "";

            /**
             * WorkloadStatus pid.
             * @member {number} pid
             * @memberof vxnet.v1.WorkloadStatus
             * @instance
             */
            WorkloadStatus.prototype.pid = 0;

            /**
             * WorkloadStatus exitCode.
             * @member {number} exitCode
             * @memberof vxnet.v1.WorkloadStatus
             * @instance
             */
            WorkloadStatus.prototype.exitCode = 0;

            /**
             * WorkloadStatus restarts.
             * @member {number} restarts
             * @memberof vxnet.v1.WorkloadStatus
             * @instance
             */
            WorkloadStatus.prototype.restarts = 0;

            /**
             * Creates a new WorkloadStatus instance using the specified properties.
             * @function create
             * @memberof vxnet.v1.WorkloadStatus
             * @static
             * @param {vxnet.v1.WorkloadStatus.$Properties=} [properties] Properties to set
             * @returns {vxnet.v1.WorkloadStatus} WorkloadStatus instance
             * @type {{
             *   (properties: vxnet.v1.WorkloadStatus.$Shape): vxnet.v1.WorkloadStatus & vxnet.v1.WorkloadStatus.$Shape;
             *   (properties?: vxnet.v1.WorkloadStatus.$Properties): vxnet.v1.WorkloadStatus;
             * }}
             */
            WorkloadStatus.create = function(properties) {
                return new WorkloadStatus(properties);
            };

            /**
             * Encodes the specified WorkloadStatus message. Does not implicitly {@link vxnet.v1.WorkloadStatus.verify|verify} messages.
             * @function encode
             * @memberof vxnet.v1.WorkloadStatus
             * @static
             * @param {vxnet.v1.WorkloadStatus.$Properties} message WorkloadStatus message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            WorkloadStatus.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.name != null && $Object.hasOwnProperty.call(message, "name") && message.name !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.name);
                if (message.state != null && $Object.hasOwnProperty.call(message, "state") && message.state !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.state);
                if (message.error != null && $Object.hasOwnProperty.call(message, "error") && message.error !== "")
                    writer.uint32(/* id 3, wireType 2 =*/26).string(message.error);
                if (message.pid != null && $Object.hasOwnProperty.call(message, "pid") && message.pid !== 0)
                    writer.uint32(/* id 4, wireType 0 =*/32).int32(message.pid);
                if (message.exitCode != null && $Object.hasOwnProperty.call(message, "exitCode") && message.exitCode !== 0)
                    writer.uint32(/* id 5, wireType 0 =*/40).int32(message.exitCode);
                if (message.restarts != null && $Object.hasOwnProperty.call(message, "restarts") && message.restarts !== 0)
                    writer.uint32(/* id 10, wireType 0 =*/80).uint32(message.restarts);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a WorkloadStatus message from the specified reader or buffer.
             * @function decode
             * @memberof vxnet.v1.WorkloadStatus
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {vxnet.v1.WorkloadStatus & vxnet.v1.WorkloadStatus.$Shape} WorkloadStatus
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            WorkloadStatus.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.vxnet.v1.WorkloadStatus();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.name = value;
                            else
                                delete message.name;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.state = value;
                            else
                                delete message.state;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.error = value;
                            else
                                delete message.error;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.pid = value;
                            else
                                delete message.pid;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.exitCode = value;
                            else
                                delete message.exitCode;
                            continue;
                        }
                    case 10: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.restarts = value;
                            else
                                delete message.restarts;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Creates a WorkloadStatus message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof vxnet.v1.WorkloadStatus
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {vxnet.v1.WorkloadStatus} WorkloadStatus
             */
            WorkloadStatus.fromObject = function (object, _depth) {
                if (object instanceof $root.vxnet.v1.WorkloadStatus)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".vxnet.v1.WorkloadStatus: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.vxnet.v1.WorkloadStatus();
                if (object.name != null)
                    if (typeof object.name !== "string" || object.name.length)
                        message.name = $String(object.name);
                if (object.state != null)
                    if (typeof object.state !== "string" || object.state.length)
                        message.state = $String(object.state);
                if (object.error != null)
                    if (typeof object.error !== "string" || object.error.length)
                        message.error = $String(object.error);
                if (object.pid != null)
                    if ($Number(object.pid) !== 0)
                        message.pid = object.pid | 0;
                if (object.exitCode != null)
                    if ($Number(object.exitCode) !== 0)
                        message.exitCode = object.exitCode | 0;
                if (object.restarts != null)
                    if ($Number(object.restarts) !== 0)
                        message.restarts = object.restarts >>> 0;
                return message;
            };

            /**
             * Creates a plain object from a WorkloadStatus message. Also converts values to other types if specified.
             * @function toObject
             * @memberof vxnet.v1.WorkloadStatus
             * @static
             * @param {vxnet.v1.WorkloadStatus} message WorkloadStatus
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            WorkloadStatus.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.name = "";
                    object.state = "";
                    object.error = "";
                    object.pid = 0;
                    object.exitCode = 0;
                    object.restarts = 0;
                }
                if (message.name != null && $Object.hasOwnProperty.call(message, "name"))
                    object.name = message.name;
                if (message.state != null && $Object.hasOwnProperty.call(message, "state"))
                    object.state = message.state;
                if (message.error != null && $Object.hasOwnProperty.call(message, "error"))
                    object.error = message.error;
                if (message.pid != null && $Object.hasOwnProperty.call(message, "pid"))
                    object.pid = message.pid;
                if (message.exitCode != null && $Object.hasOwnProperty.call(message, "exitCode"))
                    object.exitCode = message.exitCode;
                if (message.restarts != null && $Object.hasOwnProperty.call(message, "restarts"))
                    object.restarts = message.restarts;
                return object;
            };

            /**
             * Converts this WorkloadStatus to JSON.
             * @function toJSON
             * @memberof vxnet.v1.WorkloadStatus
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            WorkloadStatus.prototype.toJSON = function() {
                return WorkloadStatus.toObject(this, $protobuf.util.toJSONOptions);
            };

            return WorkloadStatus;
        })();

        v1.AgentStatus = (function() {

            /**
             * Properties of an AgentStatus.
             * @typedef {Object} vxnet.v1.AgentStatus.$Properties
             * @property {number|null} [version] AgentStatus version
             * @property {string|null} [host] AgentStatus host
             * @property {number|null} [sentMs] AgentStatus sentMs
             * @property {boolean|null} [converged] AgentStatus converged
             * @property {string|null} [lastError] AgentStatus lastError
             * @property {Array.<vxnet.v1.WorkloadStatus.$Properties>|null} [workloads] AgentStatus workloads
             * @property {number|null} [reconciles] AgentStatus reconciles
             * @property {number|null} [predictionChecks] AgentStatus predictionChecks
             * @property {number|null} [predictionDivergences] AgentStatus predictionDivergences
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an AgentStatus.
             * @memberof vxnet.v1
             * @interface IAgentStatus
             * @augments vxnet.v1.AgentStatus.$Properties
             * @deprecated Use vxnet.v1.AgentStatus.$Properties instead.
             */

            /**
             * Shape of an AgentStatus.
             * @typedef {vxnet.v1.AgentStatus.$Properties} vxnet.v1.AgentStatus.$Shape
             */

            /**
             * Constructs a new AgentStatus.
             * @memberof vxnet.v1
             * @classdesc Represents an AgentStatus.
             * @constructor
             * @param {vxnet.v1.AgentStatus.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const AgentStatus = function (properties) {
                this.workloads = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * AgentStatus version.
             * @member {number} version
             * @memberof vxnet.v1.AgentStatus
             * @instance
             */
            AgentStatus.prototype.version = 0;

            /**
             * AgentStatus host.
             * @member {string} host
             * @memberof vxnet.v1.AgentStatus
             * @instance
             */
            AgentStatus.prototype.host = "";

            /**
             * AgentStatus sentMs.
             * @member {number} sentMs
             * @memberof vxnet.v1.AgentStatus
             * @instance
             */
            AgentStatus.prototype.sentMs = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * AgentStatus converged.
             * @member {boolean} converged
             * @memberof vxnet.v1.AgentStatus
             * @instance
             */
            AgentStatus.prototype.converged = false;

            /**
             * AgentStatus lastError.
             * @member {string} lastError
             * @memberof vxnet.v1.AgentStatus
             * @instance
             */
            AgentStatus.prototype.lastError = "";

            /**
             * AgentStatus workloads.
             * @member {Array.<vxnet.v1.WorkloadStatus.$Properties>} workloads
             * @memberof vxnet.v1.AgentStatus
             * @instance
             */
            AgentStatus.prototype.workloads = $util.emptyArray;

            /**
             * AgentStatus reconciles.
             * @member {number} reconciles
             * @memberof vxnet.v1.AgentStatus
             * @instance
             */
            AgentStatus.prototype.reconciles = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * AgentStatus predictionChecks.
             * @member {number} predictionChecks
             * @memberof vxnet.v1.AgentStatus
             * @instance
             */
            AgentStatus.prototype.predictionChecks = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * AgentStatus predictionDivergences.
             * @member {number} predictionDivergences
             * @memberof vxnet.v1.AgentStatus
             * @instance
             */
            AgentStatus.prototype.predictionDivergences = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Creates a new AgentStatus instance using the specified properties.
             * @function create
             * @memberof vxnet.v1.AgentStatus
             * @static
             * @param {vxnet.v1.AgentStatus.$Properties=} [properties] Properties to set
             * @returns {vxnet.v1.AgentStatus} AgentStatus instance
             * @type {{
             *   (properties: vxnet.v1.AgentStatus.$Shape): vxnet.v1.AgentStatus & vxnet.v1.AgentStatus.$Shape;
             *   (properties?: vxnet.v1.AgentStatus.$Properties): vxnet.v1.AgentStatus;
             * }}
             */
            AgentStatus.create = function(properties) {
                return new AgentStatus(properties);
            };

            /**
             * Encodes the specified AgentStatus message. Does not implicitly {@link vxnet.v1.AgentStatus.verify|verify} messages.
             * @function encode
             * @memberof vxnet.v1.AgentStatus
             * @static
             * @param {vxnet.v1.AgentStatus.$Properties} message AgentStatus message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            AgentStatus.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.version != null && $Object.hasOwnProperty.call(message, "version") && message.version !== 0)
                    writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.version);
                if (message.host != null && $Object.hasOwnProperty.call(message, "host") && message.host !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.host);
                if (message.sentMs != null && $Object.hasOwnProperty.call(message, "sentMs") && (typeof message.sentMs === "object" ? message.sentMs.low || message.sentMs.high : message.sentMs !== 0))
                    writer.uint32(/* id 3, wireType 0 =*/24).int64(message.sentMs);
                if (message.converged != null && $Object.hasOwnProperty.call(message, "converged") && message.converged !== false)
                    writer.uint32(/* id 4, wireType 0 =*/32).bool(message.converged);
                if (message.lastError != null && $Object.hasOwnProperty.call(message, "lastError") && message.lastError !== "")
                    writer.uint32(/* id 5, wireType 2 =*/42).string(message.lastError);
                if (message.workloads != null && message.workloads.length)
                    for (let i = 0; i < message.workloads.length; ++i)
                        $root.vxnet.v1.WorkloadStatus.encode(message.workloads[i], writer.uint32(/* id 6, wireType 2 =*/50).fork(), _depth + 1).ldelim();
                if (message.reconciles != null && $Object.hasOwnProperty.call(message, "reconciles") && (typeof message.reconciles === "object" ? message.reconciles.low || message.reconciles.high : message.reconciles !== 0))
                    writer.uint32(/* id 7, wireType 0 =*/56).uint64(message.reconciles);
                if (message.predictionChecks != null && $Object.hasOwnProperty.call(message, "predictionChecks") && (typeof message.predictionChecks === "object" ? message.predictionChecks.low || message.predictionChecks.high : message.predictionChecks !== 0))
                    writer.uint32(/* id 8, wireType 0 =*/64).uint64(message.predictionChecks);
                if (message.predictionDivergences != null && $Object.hasOwnProperty.call(message, "predictionDivergences") && (typeof message.predictionDivergences === "object" ? message.predictionDivergences.low || message.predictionDivergences.high : message.predictionDivergences !== 0))
                    writer.uint32(/* id 9, wireType 0 =*/72).uint64(message.predictionDivergences);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes an AgentStatus message from the specified reader or buffer.
             * @function decode
             * @memberof vxnet.v1.AgentStatus
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {vxnet.v1.AgentStatus & vxnet.v1.AgentStatus.$Shape} AgentStatus
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            AgentStatus.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.vxnet.v1.AgentStatus();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.version = value;
                            else
                                delete message.version;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.host = value;
                            else
                                delete message.host;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.sentMs = value;
                            else
                                delete message.sentMs;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.converged = value;
                            else
                                delete message.converged;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.lastError = value;
                            else
                                delete message.lastError;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 2)
                                break;
                            if (!(message.workloads && message.workloads.length))
                                message.workloads = [];
                            message.workloads.push($root.vxnet.v1.WorkloadStatus.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    case 7: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.reconciles = value;
                            else
                                delete message.reconciles;
                            continue;
                        }
                    case 8: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.predictionChecks = value;
                            else
                                delete message.predictionChecks;
                            continue;
                        }
                    case 9: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.predictionDivergences = value;
                            else
                                delete message.predictionDivergences;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Creates an AgentStatus message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof vxnet.v1.AgentStatus
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {vxnet.v1.AgentStatus} AgentStatus
             */
            AgentStatus.fromObject = function (object, _depth) {
                if (object instanceof $root.vxnet.v1.AgentStatus)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".vxnet.v1.AgentStatus: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.vxnet.v1.AgentStatus();
                if (object.version != null)
                    if ($Number(object.version) !== 0)
                        message.version = object.version >>> 0;
                if (object.host != null)
                    if (typeof object.host !== "string" || object.host.length)
                        message.host = $String(object.host);
                if (object.sentMs != null)
                    if (typeof object.sentMs === "object" ? object.sentMs.low || object.sentMs.high : $Number(object.sentMs) !== 0)
                        if ($util.Long)
                            message.sentMs = $util.Long.fromValue(object.sentMs, false);
                        else if (typeof object.sentMs === "string")
                            message.sentMs = $parseInt(object.sentMs, 10);
                        else if (typeof object.sentMs === "number")
                            message.sentMs = object.sentMs;
                        else if (typeof object.sentMs === "object")
                            message.sentMs = new $util.LongBits(object.sentMs.low >>> 0, object.sentMs.high >>> 0).toNumber();
                if (object.converged != null)
                    if (object.converged)
                        message.converged = $Boolean(object.converged);
                if (object.lastError != null)
                    if (typeof object.lastError !== "string" || object.lastError.length)
                        message.lastError = $String(object.lastError);
                if (object.workloads) {
                    if (!$Array.isArray(object.workloads))
                        throw $TypeError(".vxnet.v1.AgentStatus.workloads: array expected");
                    message.workloads = $Array(object.workloads.length);
                    for (let i = 0; i < object.workloads.length; ++i) {
                        if (!$util.isObject(object.workloads[i]))
                            throw $TypeError(".vxnet.v1.AgentStatus.workloads: object expected");
                        message.workloads[i] = $root.vxnet.v1.WorkloadStatus.fromObject(object.workloads[i], _depth + 1);
                    }
                }
                if (object.reconciles != null)
                    if (typeof object.reconciles === "object" ? object.reconciles.low || object.reconciles.high : $Number(object.reconciles) !== 0)
                        if ($util.Long)
                            message.reconciles = $util.Long.fromValue(object.reconciles, true);
                        else if (typeof object.reconciles === "string")
                            message.reconciles = $parseInt(object.reconciles, 10);
                        else if (typeof object.reconciles === "number")
                            message.reconciles = object.reconciles;
                        else if (typeof object.reconciles === "object")
                            message.reconciles = new $util.LongBits(object.reconciles.low >>> 0, object.reconciles.high >>> 0).toNumber(true);
                if (object.predictionChecks != null)
                    if (typeof object.predictionChecks === "object" ? object.predictionChecks.low || object.predictionChecks.high : $Number(object.predictionChecks) !== 0)
                        if ($util.Long)
                            message.predictionChecks = $util.Long.fromValue(object.predictionChecks, true);
                        else if (typeof object.predictionChecks === "string")
                            message.predictionChecks = $parseInt(object.predictionChecks, 10);
                        else if (typeof object.predictionChecks === "number")
                            message.predictionChecks = object.predictionChecks;
                        else if (typeof object.predictionChecks === "object")
                            message.predictionChecks = new $util.LongBits(object.predictionChecks.low >>> 0, object.predictionChecks.high >>> 0).toNumber(true);
                if (object.predictionDivergences != null)
                    if (typeof object.predictionDivergences === "object" ? object.predictionDivergences.low || object.predictionDivergences.high : $Number(object.predictionDivergences) !== 0)
                        if ($util.Long)
                            message.predictionDivergences = $util.Long.fromValue(object.predictionDivergences, true);
                        else if (typeof object.predictionDivergences === "string")
                            message.predictionDivergences = $parseInt(object.predictionDivergences, 10);
                        else if (typeof object.predictionDivergences === "number")
                            message.predictionDivergences = object.predictionDivergences;
                        else if (typeof object.predictionDivergences === "object")
                            message.predictionDivergences = new $util.LongBits(object.predictionDivergences.low >>> 0, object.predictionDivergences.high >>> 0).toNumber(true);
                return message;
            };

            /**
             * Creates a plain object from an AgentStatus message. Also converts values to other types if specified.
             * @function toObject
             * @memberof vxnet.v1.AgentStatus
             * @static
             * @param {vxnet.v1.AgentStatus} message AgentStatus
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            AgentStatus.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults)
                    object.workloads = [];
                if (options.defaults) {
                    object.version = 0;
                    object.host = "";
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, false);
                        object.sentMs = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.sentMs = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    object.converged = false;
                    object.lastError = "";
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.reconciles = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.reconciles = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.predictionChecks = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.predictionChecks = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.predictionDivergences = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.predictionDivergences = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                }
                if (message.version != null && $Object.hasOwnProperty.call(message, "version"))
                    object.version = message.version;
                if (message.host != null && $Object.hasOwnProperty.call(message, "host"))
                    object.host = message.host;
                if (message.sentMs != null && $Object.hasOwnProperty.call(message, "sentMs"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.sentMs = typeof message.sentMs === "number" ? $BigInt(message.sentMs) : $util.Long.fromBits(message.sentMs.low >>> 0, message.sentMs.high >>> 0, false).toBigInt();
                    else if (typeof message.sentMs === "number")
                        object.sentMs = options.longs === $String ? $String(message.sentMs) : message.sentMs;
                    else
                        object.sentMs = options.longs === $String ? $util.Long.prototype.toString.call(message.sentMs) : options.longs === $Number ? new $util.LongBits(message.sentMs.low >>> 0, message.sentMs.high >>> 0).toNumber() : message.sentMs;
                if (message.converged != null && $Object.hasOwnProperty.call(message, "converged"))
                    object.converged = message.converged;
                if (message.lastError != null && $Object.hasOwnProperty.call(message, "lastError"))
                    object.lastError = message.lastError;
                if (message.workloads && message.workloads.length) {
                    object.workloads = $Array(message.workloads.length);
                    for (let j = 0; j < message.workloads.length; ++j)
                        object.workloads[j] = $root.vxnet.v1.WorkloadStatus.toObject(message.workloads[j], options, _depth + 1);
                }
                if (message.reconciles != null && $Object.hasOwnProperty.call(message, "reconciles"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.reconciles = typeof message.reconciles === "number" ? $BigInt(message.reconciles) : $util.Long.fromBits(message.reconciles.low >>> 0, message.reconciles.high >>> 0, true).toBigInt();
                    else if (typeof message.reconciles === "number")
                        object.reconciles = options.longs === $String ? $String(message.reconciles) : message.reconciles;
                    else
                        object.reconciles = options.longs === $String ? $util.Long.prototype.toString.call(message.reconciles) : options.longs === $Number ? new $util.LongBits(message.reconciles.low >>> 0, message.reconciles.high >>> 0).toNumber(true) : message.reconciles;
                if (message.predictionChecks != null && $Object.hasOwnProperty.call(message, "predictionChecks"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.predictionChecks = typeof message.predictionChecks === "number" ? $BigInt(message.predictionChecks) : $util.Long.fromBits(message.predictionChecks.low >>> 0, message.predictionChecks.high >>> 0, true).toBigInt();
                    else if (typeof message.predictionChecks === "number")
                        object.predictionChecks = options.longs === $String ? $String(message.predictionChecks) : message.predictionChecks;
                    else
                        object.predictionChecks = options.longs === $String ? $util.Long.prototype.toString.call(message.predictionChecks) : options.longs === $Number ? new $util.LongBits(message.predictionChecks.low >>> 0, message.predictionChecks.high >>> 0).toNumber(true) : message.predictionChecks;
                if (message.predictionDivergences != null && $Object.hasOwnProperty.call(message, "predictionDivergences"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.predictionDivergences = typeof message.predictionDivergences === "number" ? $BigInt(message.predictionDivergences) : $util.Long.fromBits(message.predictionDivergences.low >>> 0, message.predictionDivergences.high >>> 0, true).toBigInt();
                    else if (typeof message.predictionDivergences === "number")
                        object.predictionDivergences = options.longs === $String ? $String(message.predictionDivergences) : message.predictionDivergences;
                    else
                        object.predictionDivergences = options.longs === $String ? $util.Long.prototype.toString.call(message.predictionDivergences) : options.longs === $Number ? new $util.LongBits(message.predictionDivergences.low >>> 0, message.predictionDivergences.high >>> 0).toNumber(true) : message.predictionDivergences;
                return object;
            };

            /**
             * Converts this AgentStatus to JSON.
             * @function toJSON
             * @memberof vxnet.v1.AgentStatus
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            AgentStatus.prototype.toJSON = function() {
                return AgentStatus.toObject(this, $protobuf.util.toJSONOptions);
            };

            return AgentStatus;
        })();

        v1.ExecRequest = (function() {

            /**
             * Properties of an ExecRequest.
             * @typedef {Object} vxnet.v1.ExecRequest.$Properties
             * @property {number|null} [version] ExecRequest version
             * @property {string|null} [workload] ExecRequest workload
             * @property {Array.<string>|null} [argv] ExecRequest argv
             * @property {string|null} [outputSubject] ExecRequest outputSubject
             * @property {number|null} [timeoutMs] ExecRequest timeoutMs
             * @property {string|null} [inputSubject] ExecRequest inputSubject
             * @property {boolean|null} [stdin] ExecRequest stdin
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an ExecRequest.
             * @memberof vxnet.v1
             * @interface IExecRequest
             * @augments vxnet.v1.ExecRequest.$Properties
             * @deprecated Use vxnet.v1.ExecRequest.$Properties instead.
             */

            /**
             * Shape of an ExecRequest.
             * @typedef {vxnet.v1.ExecRequest.$Properties} vxnet.v1.ExecRequest.$Shape
             */

            /**
             * Constructs a new ExecRequest.
             * @memberof vxnet.v1
             * @classdesc Represents an ExecRequest.
             * @constructor
             * @param {vxnet.v1.ExecRequest.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const ExecRequest = function (properties) {
                this.argv = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * ExecRequest version.
             * @member {number} version
             * @memberof vxnet.v1.ExecRequest
             * @instance
             */
            ExecRequest.prototype.version = 0;

            /**
             * ExecRequest workload.
             * @member {string} workload
             * @memberof vxnet.v1.ExecRequest
             * @instance
             */
            ExecRequest.prototype.workload = "";

            /**
             * ExecRequest argv.
             * @member {Array.<string>} argv
             * @memberof vxnet.v1.ExecRequest
             * @instance
             */
            ExecRequest.prototype.argv = $util.emptyArray;

            /**
             * ExecRequest outputSubject.
             * @member {string} outputSubject
             * @memberof vxnet.v1.ExecRequest
             * @instance
             */
            ExecRequest.prototype.outputSubject = "";

            /**
             * ExecRequest timeoutMs.
             * @member {number} timeoutMs
             * @memberof vxnet.v1.ExecRequest
             * @instance
             */
            ExecRequest.prototype.timeoutMs = 0;

            /**
             * ExecRequest inputSubject.
             * @member {string} inputSubject
             * @memberof vxnet.v1.ExecRequest
             * @instance
             */
            ExecRequest.prototype.inputSubject = "";

            /**
             * ExecRequest stdin.
             * @member {boolean} stdin
             * @memberof vxnet.v1.ExecRequest
             * @instance
             */
            ExecRequest.prototype.stdin = false;

            /**
             * Creates a new ExecRequest instance using the specified properties.
             * @function create
             * @memberof vxnet.v1.ExecRequest
             * @static
             * @param {vxnet.v1.ExecRequest.$Properties=} [properties] Properties to set
             * @returns {vxnet.v1.ExecRequest} ExecRequest instance
             * @type {{
             *   (properties: vxnet.v1.ExecRequest.$Shape): vxnet.v1.ExecRequest & vxnet.v1.ExecRequest.$Shape;
             *   (properties?: vxnet.v1.ExecRequest.$Properties): vxnet.v1.ExecRequest;
             * }}
             */
            ExecRequest.create = function(properties) {
                return new ExecRequest(properties);
            };

            /**
             * Encodes the specified ExecRequest message. Does not implicitly {@link vxnet.v1.ExecRequest.verify|verify} messages.
             * @function encode
             * @memberof vxnet.v1.ExecRequest
             * @static
             * @param {vxnet.v1.ExecRequest.$Properties} message ExecRequest message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ExecRequest.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.version != null && $Object.hasOwnProperty.call(message, "version") && message.version !== 0)
                    writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.version);
                if (message.workload != null && $Object.hasOwnProperty.call(message, "workload") && message.workload !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.workload);
                if (message.argv != null && message.argv.length)
                    for (let i = 0; i < message.argv.length; ++i)
                        writer.uint32(/* id 3, wireType 2 =*/26).string(message.argv[i]);
                if (message.outputSubject != null && $Object.hasOwnProperty.call(message, "outputSubject") && message.outputSubject !== "")
                    writer.uint32(/* id 4, wireType 2 =*/34).string(message.outputSubject);
                if (message.timeoutMs != null && $Object.hasOwnProperty.call(message, "timeoutMs") && message.timeoutMs !== 0)
                    writer.uint32(/* id 5, wireType 0 =*/40).uint32(message.timeoutMs);
                if (message.inputSubject != null && $Object.hasOwnProperty.call(message, "inputSubject") && message.inputSubject !== "")
                    writer.uint32(/* id 6, wireType 2 =*/50).string(message.inputSubject);
                if (message.stdin != null && $Object.hasOwnProperty.call(message, "stdin") && message.stdin !== false)
                    writer.uint32(/* id 7, wireType 0 =*/56).bool(message.stdin);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes an ExecRequest message from the specified reader or buffer.
             * @function decode
             * @memberof vxnet.v1.ExecRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {vxnet.v1.ExecRequest & vxnet.v1.ExecRequest.$Shape} ExecRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ExecRequest.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.vxnet.v1.ExecRequest();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.version = value;
                            else
                                delete message.version;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.workload = value;
                            else
                                delete message.workload;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if (!(message.argv && message.argv.length))
                                message.argv = [];
                            message.argv.push(reader.stringVerify());
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.outputSubject = value;
                            else
                                delete message.outputSubject;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.timeoutMs = value;
                            else
                                delete message.timeoutMs;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.inputSubject = value;
                            else
                                delete message.inputSubject;
                            continue;
                        }
                    case 7: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.stdin = value;
                            else
                                delete message.stdin;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Creates an ExecRequest message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof vxnet.v1.ExecRequest
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {vxnet.v1.ExecRequest} ExecRequest
             */
            ExecRequest.fromObject = function (object, _depth) {
                if (object instanceof $root.vxnet.v1.ExecRequest)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".vxnet.v1.ExecRequest: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.vxnet.v1.ExecRequest();
                if (object.version != null)
                    if ($Number(object.version) !== 0)
                        message.version = object.version >>> 0;
                if (object.workload != null)
                    if (typeof object.workload !== "string" || object.workload.length)
                        message.workload = $String(object.workload);
                if (object.argv) {
                    if (!$Array.isArray(object.argv))
                        throw $TypeError(".vxnet.v1.ExecRequest.argv: array expected");
                    message.argv = $Array(object.argv.length);
                    for (let i = 0; i < object.argv.length; ++i)
                        message.argv[i] = $String(object.argv[i]);
                }
                if (object.outputSubject != null)
                    if (typeof object.outputSubject !== "string" || object.outputSubject.length)
                        message.outputSubject = $String(object.outputSubject);
                if (object.timeoutMs != null)
                    if ($Number(object.timeoutMs) !== 0)
                        message.timeoutMs = object.timeoutMs >>> 0;
                if (object.inputSubject != null)
                    if (typeof object.inputSubject !== "string" || object.inputSubject.length)
                        message.inputSubject = $String(object.inputSubject);
                if (object.stdin != null)
                    if (object.stdin)
                        message.stdin = $Boolean(object.stdin);
                return message;
            };

            /**
             * Creates a plain object from an ExecRequest message. Also converts values to other types if specified.
             * @function toObject
             * @memberof vxnet.v1.ExecRequest
             * @static
             * @param {vxnet.v1.ExecRequest} message ExecRequest
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            ExecRequest.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults)
                    object.argv = [];
                if (options.defaults) {
                    object.version = 0;
                    object.workload = "";
                    object.outputSubject = "";
                    object.timeoutMs = 0;
                    object.inputSubject = "";
                    object.stdin = false;
                }
                if (message.version != null && $Object.hasOwnProperty.call(message, "version"))
                    object.version = message.version;
                if (message.workload != null && $Object.hasOwnProperty.call(message, "workload"))
                    object.workload = message.workload;
                if (message.argv && message.argv.length) {
                    object.argv = $Array(message.argv.length);
                    for (let j = 0; j < message.argv.length; ++j)
                        object.argv[j] = message.argv[j];
                }
                if (message.outputSubject != null && $Object.hasOwnProperty.call(message, "outputSubject"))
                    object.outputSubject = message.outputSubject;
                if (message.timeoutMs != null && $Object.hasOwnProperty.call(message, "timeoutMs"))
                    object.timeoutMs = message.timeoutMs;
                if (message.inputSubject != null && $Object.hasOwnProperty.call(message, "inputSubject"))
                    object.inputSubject = message.inputSubject;
                if (message.stdin != null && $Object.hasOwnProperty.call(message, "stdin"))
                    object.stdin = message.stdin;
                return object;
            };

            /**
             * Converts this ExecRequest to JSON.
             * @function toJSON
             * @memberof vxnet.v1.ExecRequest
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            ExecRequest.prototype.toJSON = function() {
                return ExecRequest.toObject(this, $protobuf.util.toJSONOptions);
            };

            return ExecRequest;
        })();

        v1.ExecInput = (function() {

            /**
             * Properties of an ExecInput.
             * @typedef {Object} vxnet.v1.ExecInput.$Properties
             * @property {number|null} [version] ExecInput version
             * @property {Uint8Array|null} [data] ExecInput data
             * @property {boolean|null} [eof] ExecInput eof
             * @property {string|null} [signal] ExecInput signal
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an ExecInput.
             * @memberof vxnet.v1
             * @interface IExecInput
             * @augments vxnet.v1.ExecInput.$Properties
             * @deprecated Use vxnet.v1.ExecInput.$Properties instead.
             */

            /**
             * Shape of an ExecInput.
             * @typedef {vxnet.v1.ExecInput.$Properties} vxnet.v1.ExecInput.$Shape
             */

            /**
             * Constructs a new ExecInput.
             * @memberof vxnet.v1
             * @classdesc Represents an ExecInput.
             * @constructor
             * @param {vxnet.v1.ExecInput.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const ExecInput = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * ExecInput version.
             * @member {number} version
             * @memberof vxnet.v1.ExecInput
             * @instance
             */
            ExecInput.prototype.version = 0;

            /**
             * ExecInput data.
             * @member {Uint8Array} data
             * @memberof vxnet.v1.ExecInput
             * @instance
             */
            ExecInput.prototype.data = $util.newBuffer([]);

            /**
             * ExecInput eof.
             * @member {boolean} eof
             * @memberof vxnet.v1.ExecInput
             * @instance
             */
            ExecInput.prototype.eof = false;

            /**
             * ExecInput signal.
             * @member {string} signal
             * @memberof vxnet.v1.ExecInput
             * @instance
             */
            ExecInput.prototype.signal = "";

            /**
             * Creates a new ExecInput instance using the specified properties.
             * @function create
             * @memberof vxnet.v1.ExecInput
             * @static
             * @param {vxnet.v1.ExecInput.$Properties=} [properties] Properties to set
             * @returns {vxnet.v1.ExecInput} ExecInput instance
             * @type {{
             *   (properties: vxnet.v1.ExecInput.$Shape): vxnet.v1.ExecInput & vxnet.v1.ExecInput.$Shape;
             *   (properties?: vxnet.v1.ExecInput.$Properties): vxnet.v1.ExecInput;
             * }}
             */
            ExecInput.create = function(properties) {
                return new ExecInput(properties);
            };

            /**
             * Encodes the specified ExecInput message. Does not implicitly {@link vxnet.v1.ExecInput.verify|verify} messages.
             * @function encode
             * @memberof vxnet.v1.ExecInput
             * @static
             * @param {vxnet.v1.ExecInput.$Properties} message ExecInput message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ExecInput.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.version != null && $Object.hasOwnProperty.call(message, "version") && message.version !== 0)
                    writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.version);
                if (message.data != null && $Object.hasOwnProperty.call(message, "data") && message.data.length)
                    writer.uint32(/* id 2, wireType 2 =*/18).bytes(message.data);
                if (message.eof != null && $Object.hasOwnProperty.call(message, "eof") && message.eof !== false)
                    writer.uint32(/* id 3, wireType 0 =*/24).bool(message.eof);
                if (message.signal != null && $Object.hasOwnProperty.call(message, "signal") && message.signal !== "")
                    writer.uint32(/* id 4, wireType 2 =*/34).string(message.signal);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes an ExecInput message from the specified reader or buffer.
             * @function decode
             * @memberof vxnet.v1.ExecInput
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {vxnet.v1.ExecInput & vxnet.v1.ExecInput.$Shape} ExecInput
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ExecInput.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.vxnet.v1.ExecInput();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.version = value;
                            else
                                delete message.version;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.data = value;
                            else
                                delete message.data;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.eof = value;
                            else
                                delete message.eof;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.signal = value;
                            else
                                delete message.signal;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Creates an ExecInput message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof vxnet.v1.ExecInput
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {vxnet.v1.ExecInput} ExecInput
             */
            ExecInput.fromObject = function (object, _depth) {
                if (object instanceof $root.vxnet.v1.ExecInput)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".vxnet.v1.ExecInput: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.vxnet.v1.ExecInput();
                if (object.version != null)
                    if ($Number(object.version) !== 0)
                        message.version = object.version >>> 0;
                if (object.data != null)
                    if (object.data.length)
                        if (typeof object.data === "string")
                            $util.base64.decode(object.data, message.data = $util.newBuffer($util.base64.length(object.data)), 0);
                        else if (object.data.length >= 0)
                            message.data = object.data;
                if (object.eof != null)
                    if (object.eof)
                        message.eof = $Boolean(object.eof);
                if (object.signal != null)
                    if (typeof object.signal !== "string" || object.signal.length)
                        message.signal = $String(object.signal);
                return message;
            };

            /**
             * Creates a plain object from an ExecInput message. Also converts values to other types if specified.
             * @function toObject
             * @memberof vxnet.v1.ExecInput
             * @static
             * @param {vxnet.v1.ExecInput} message ExecInput
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            ExecInput.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.version = 0;
                    if (options.bytes === $String)
                        object.data = "";
                    else {
                        object.data = [];
                        if (options.bytes !== $Array)
                            object.data = $util.newBuffer(object.data);
                    }
                    object.eof = false;
                    object.signal = "";
                }
                if (message.version != null && $Object.hasOwnProperty.call(message, "version"))
                    object.version = message.version;
                if (message.data != null && $Object.hasOwnProperty.call(message, "data"))
                    object.data = options.bytes === $String ? $util.base64.encode(message.data, 0, message.data.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.data) : message.data;
                if (message.eof != null && $Object.hasOwnProperty.call(message, "eof"))
                    object.eof = message.eof;
                if (message.signal != null && $Object.hasOwnProperty.call(message, "signal"))
                    object.signal = message.signal;
                return object;
            };

            /**
             * Converts this ExecInput to JSON.
             * @function toJSON
             * @memberof vxnet.v1.ExecInput
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            ExecInput.prototype.toJSON = function() {
                return ExecInput.toObject(this, $protobuf.util.toJSONOptions);
            };

            return ExecInput;
        })();

        v1.ExecOutput = (function() {

            /**
             * Properties of an ExecOutput.
             * @typedef {Object} vxnet.v1.ExecOutput.$Properties
             * @property {number|null} [version] ExecOutput version
             * @property {number|null} [seq] ExecOutput seq
             * @property {number|null} [stream] ExecOutput stream
             * @property {Uint8Array|null} [data] ExecOutput data
             * @property {boolean|null} [done] ExecOutput done
             * @property {number|null} [exitCode] ExecOutput exitCode
             * @property {vxnet.v1.Error.$Properties|null} [error] ExecOutput error
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an ExecOutput.
             * @memberof vxnet.v1
             * @interface IExecOutput
             * @augments vxnet.v1.ExecOutput.$Properties
             * @deprecated Use vxnet.v1.ExecOutput.$Properties instead.
             */

            /**
             * Shape of an ExecOutput.
             * @typedef {vxnet.v1.ExecOutput.$Properties} vxnet.v1.ExecOutput.$Shape
             */

            /**
             * Constructs a new ExecOutput.
             * @memberof vxnet.v1
             * @classdesc Represents an ExecOutput.
             * @constructor
             * @param {vxnet.v1.ExecOutput.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const ExecOutput = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * ExecOutput version.
             * @member {number} version
             * @memberof vxnet.v1.ExecOutput
             * @instance
             */
            ExecOutput.prototype.version = 0;

            /**
             * ExecOutput seq.
             * @member {number} seq
             * @memberof vxnet.v1.ExecOutput
             * @instance
             */
            ExecOutput.prototype.seq = 0;

            /**
             * ExecOutput stream.
             * @member {number} stream
             * @memberof vxnet.v1.ExecOutput
             * @instance
             */
            ExecOutput.prototype.stream = 0;

            /**
             * ExecOutput data.
             * @member {Uint8Array} data
             * @memberof vxnet.v1.ExecOutput
             * @instance
             */
            ExecOutput.prototype.data = $util.newBuffer([]);

            /**
             * ExecOutput done.
             * @member {boolean} done
             * @memberof vxnet.v1.ExecOutput
             * @instance
             */
            ExecOutput.prototype.done = false;

            /**
             * ExecOutput exitCode.
             * @member {number} exitCode
             * @memberof vxnet.v1.ExecOutput
             * @instance
             */
            ExecOutput.prototype.exitCode = 0;

            /**
             * ExecOutput error.
             * @member {vxnet.v1.Error.$Properties|null|undefined} error
             * @memberof vxnet.v1.ExecOutput
             * @instance
             */
            ExecOutput.prototype.error = null;

            /**
             * Creates a new ExecOutput instance using the specified properties.
             * @function create
             * @memberof vxnet.v1.ExecOutput
             * @static
             * @param {vxnet.v1.ExecOutput.$Properties=} [properties] Properties to set
             * @returns {vxnet.v1.ExecOutput} ExecOutput instance
             * @type {{
             *   (properties: vxnet.v1.ExecOutput.$Shape): vxnet.v1.ExecOutput & vxnet.v1.ExecOutput.$Shape;
             *   (properties?: vxnet.v1.ExecOutput.$Properties): vxnet.v1.ExecOutput;
             * }}
             */
            ExecOutput.create = function(properties) {
                return new ExecOutput(properties);
            };

            /**
             * Encodes the specified ExecOutput message. Does not implicitly {@link vxnet.v1.ExecOutput.verify|verify} messages.
             * @function encode
             * @memberof vxnet.v1.ExecOutput
             * @static
             * @param {vxnet.v1.ExecOutput.$Properties} message ExecOutput message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ExecOutput.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.version != null && $Object.hasOwnProperty.call(message, "version") && message.version !== 0)
                    writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.version);
                if (message.seq != null && $Object.hasOwnProperty.call(message, "seq") && message.seq !== 0)
                    writer.uint32(/* id 2, wireType 0 =*/16).uint32(message.seq);
                if (message.stream != null && $Object.hasOwnProperty.call(message, "stream") && message.stream !== 0)
                    writer.uint32(/* id 3, wireType 0 =*/24).uint32(message.stream);
                if (message.data != null && $Object.hasOwnProperty.call(message, "data") && message.data.length)
                    writer.uint32(/* id 4, wireType 2 =*/34).bytes(message.data);
                if (message.done != null && $Object.hasOwnProperty.call(message, "done") && message.done !== false)
                    writer.uint32(/* id 5, wireType 0 =*/40).bool(message.done);
                if (message.exitCode != null && $Object.hasOwnProperty.call(message, "exitCode") && message.exitCode !== 0)
                    writer.uint32(/* id 6, wireType 0 =*/48).int32(message.exitCode);
                if (message.error != null && $Object.hasOwnProperty.call(message, "error"))
                    $root.vxnet.v1.Error.encode(message.error, writer.uint32(/* id 7, wireType 2 =*/58).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes an ExecOutput message from the specified reader or buffer.
             * @function decode
             * @memberof vxnet.v1.ExecOutput
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {vxnet.v1.ExecOutput & vxnet.v1.ExecOutput.$Shape} ExecOutput
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ExecOutput.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.vxnet.v1.ExecOutput();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.version = value;
                            else
                                delete message.version;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.seq = value;
                            else
                                delete message.seq;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.stream = value;
                            else
                                delete message.stream;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.data = value;
                            else
                                delete message.data;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.done = value;
                            else
                                delete message.done;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.exitCode = value;
                            else
                                delete message.exitCode;
                            continue;
                        }
                    case 7: {
                            if (wireType !== 2)
                                break;
                            message.error = $root.vxnet.v1.Error.decode(reader, reader.size(), $undefined, _depth + 1, message.error);
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Creates an ExecOutput message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof vxnet.v1.ExecOutput
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {vxnet.v1.ExecOutput} ExecOutput
             */
            ExecOutput.fromObject = function (object, _depth) {
                if (object instanceof $root.vxnet.v1.ExecOutput)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".vxnet.v1.ExecOutput: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.vxnet.v1.ExecOutput();
                if (object.version != null)
                    if ($Number(object.version) !== 0)
                        message.version = object.version >>> 0;
                if (object.seq != null)
                    if ($Number(object.seq) !== 0)
                        message.seq = object.seq >>> 0;
                if (object.stream != null)
                    if ($Number(object.stream) !== 0)
                        message.stream = object.stream >>> 0;
                if (object.data != null)
                    if (object.data.length)
                        if (typeof object.data === "string")
                            $util.base64.decode(object.data, message.data = $util.newBuffer($util.base64.length(object.data)), 0);
                        else if (object.data.length >= 0)
                            message.data = object.data;
                if (object.done != null)
                    if (object.done)
                        message.done = $Boolean(object.done);
                if (object.exitCode != null)
                    if ($Number(object.exitCode) !== 0)
                        message.exitCode = object.exitCode | 0;
                if (object.error != null) {
                    if (!$util.isObject(object.error))
                        throw $TypeError(".vxnet.v1.ExecOutput.error: object expected");
                    message.error = $root.vxnet.v1.Error.fromObject(object.error, _depth + 1);
                }
                return message;
            };

            /**
             * Creates a plain object from an ExecOutput message. Also converts values to other types if specified.
             * @function toObject
             * @memberof vxnet.v1.ExecOutput
             * @static
             * @param {vxnet.v1.ExecOutput} message ExecOutput
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            ExecOutput.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.version = 0;
                    object.seq = 0;
                    object.stream = 0;
                    if (options.bytes === $String)
                        object.data = "";
                    else {
                        object.data = [];
                        if (options.bytes !== $Array)
                            object.data = $util.newBuffer(object.data);
                    }
                    object.done = false;
                    object.exitCode = 0;
                    object.error = null;
                }
                if (message.version != null && $Object.hasOwnProperty.call(message, "version"))
                    object.version = message.version;
                if (message.seq != null && $Object.hasOwnProperty.call(message, "seq"))
                    object.seq = message.seq;
                if (message.stream != null && $Object.hasOwnProperty.call(message, "stream"))
                    object.stream = message.stream;
                if (message.data != null && $Object.hasOwnProperty.call(message, "data"))
                    object.data = options.bytes === $String ? $util.base64.encode(message.data, 0, message.data.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.data) : message.data;
                if (message.done != null && $Object.hasOwnProperty.call(message, "done"))
                    object.done = message.done;
                if (message.exitCode != null && $Object.hasOwnProperty.call(message, "exitCode"))
                    object.exitCode = message.exitCode;
                if (message.error != null && $Object.hasOwnProperty.call(message, "error"))
                    object.error = $root.vxnet.v1.Error.toObject(message.error, options, _depth + 1);
                return object;
            };

            /**
             * Converts this ExecOutput to JSON.
             * @function toJSON
             * @memberof vxnet.v1.ExecOutput
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            ExecOutput.prototype.toJSON = function() {
                return ExecOutput.toObject(this, $protobuf.util.toJSONOptions);
            };

            return ExecOutput;
        })();

        v1.HostPort = (function() {

            /**
             * Properties of a HostPort.
             * @typedef {Object} vxnet.v1.HostPort.$Properties
             * @property {vxnet.v1.Protocol|null} [protocol] HostPort protocol
             * @property {string|null} [hostIp] HostPort hostIp
             * @property {number|null} [port] HostPort port
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a HostPort.
             * @memberof vxnet.v1
             * @interface IHostPort
             * @augments vxnet.v1.HostPort.$Properties
             * @deprecated Use vxnet.v1.HostPort.$Properties instead.
             */

            /**
             * Shape of a HostPort.
             * @typedef {vxnet.v1.HostPort.$Properties} vxnet.v1.HostPort.$Shape
             */

            /**
             * Constructs a new HostPort.
             * @memberof vxnet.v1
             * @classdesc Represents a HostPort.
             * @constructor
             * @param {vxnet.v1.HostPort.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const HostPort = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * HostPort protocol.
             * @member {vxnet.v1.Protocol} protocol
             * @memberof vxnet.v1.HostPort
             * @instance
             */
            HostPort.prototype.protocol = 0;

            /**
             * HostPort hostIp.
             * @member {string} hostIp
             * @memberof vxnet.v1.HostPort
             * @instance
             */
            HostPort.prototype.hostIp = "";

            /**
             * HostPort port.
             * @member {number} port
             * @memberof vxnet.v1.HostPort
             * @instance
             */
            HostPort.prototype.port = 0;

            /**
             * Creates a new HostPort instance using the specified properties.
             * @function create
             * @memberof vxnet.v1.HostPort
             * @static
             * @param {vxnet.v1.HostPort.$Properties=} [properties] Properties to set
             * @returns {vxnet.v1.HostPort} HostPort instance
             * @type {{
             *   (properties: vxnet.v1.HostPort.$Shape): vxnet.v1.HostPort & vxnet.v1.HostPort.$Shape;
             *   (properties?: vxnet.v1.HostPort.$Properties): vxnet.v1.HostPort;
             * }}
             */
            HostPort.create = function(properties) {
                return new HostPort(properties);
            };

            /**
             * Encodes the specified HostPort message. Does not implicitly {@link vxnet.v1.HostPort.verify|verify} messages.
             * @function encode
             * @memberof vxnet.v1.HostPort
             * @static
             * @param {vxnet.v1.HostPort.$Properties} message HostPort message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            HostPort.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.protocol != null && $Object.hasOwnProperty.call(message, "protocol") && message.protocol !== 0)
                    writer.uint32(/* id 1, wireType 0 =*/8).int32(message.protocol);
                if (message.hostIp != null && $Object.hasOwnProperty.call(message, "hostIp") && message.hostIp !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.hostIp);
                if (message.port != null && $Object.hasOwnProperty.call(message, "port") && message.port !== 0)
                    writer.uint32(/* id 3, wireType 0 =*/24).uint32(message.port);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a HostPort message from the specified reader or buffer.
             * @function decode
             * @memberof vxnet.v1.HostPort
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {vxnet.v1.HostPort & vxnet.v1.HostPort.$Shape} HostPort
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            HostPort.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.vxnet.v1.HostPort();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.protocol = value;
                            else
                                delete message.protocol;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.hostIp = value;
                            else
                                delete message.hostIp;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.port = value;
                            else
                                delete message.port;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Creates a HostPort message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof vxnet.v1.HostPort
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {vxnet.v1.HostPort} HostPort
             */
            HostPort.fromObject = function (object, _depth) {
                if (object instanceof $root.vxnet.v1.HostPort)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".vxnet.v1.HostPort: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.vxnet.v1.HostPort();
                if (object.protocol !== 0 && (typeof object.protocol !== "string" || $root.vxnet.v1.Protocol[object.protocol] !== 0))
                    switch (object.protocol) {
                    case "PROTOCOL_UNSPECIFIED":
                    case 0:
                        message.protocol = 0;
                        break;
                    case "TCP":
                    case 1:
                        message.protocol = 1;
                        break;
                    case "UDP":
                    case 2:
                        message.protocol = 2;
                        break;
                    default:
                        if (typeof object.protocol === "number" && (object.protocol | 0) === object.protocol)
                            message.protocol = object.protocol;
                    }
                if (object.hostIp != null)
                    if (typeof object.hostIp !== "string" || object.hostIp.length)
                        message.hostIp = $String(object.hostIp);
                if (object.port != null)
                    if ($Number(object.port) !== 0)
                        message.port = object.port >>> 0;
                return message;
            };

            /**
             * Creates a plain object from a HostPort message. Also converts values to other types if specified.
             * @function toObject
             * @memberof vxnet.v1.HostPort
             * @static
             * @param {vxnet.v1.HostPort} message HostPort
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            HostPort.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.protocol = options.enums === $String ? "PROTOCOL_UNSPECIFIED" : 0;
                    object.hostIp = "";
                    object.port = 0;
                }
                if (message.protocol != null && $Object.hasOwnProperty.call(message, "protocol"))
                    object.protocol = options.enums === $String ? $root.vxnet.v1.Protocol[message.protocol] === $undefined ? message.protocol : $root.vxnet.v1.Protocol[message.protocol] : message.protocol;
                if (message.hostIp != null && $Object.hasOwnProperty.call(message, "hostIp"))
                    object.hostIp = message.hostIp;
                if (message.port != null && $Object.hasOwnProperty.call(message, "port"))
                    object.port = message.port;
                return object;
            };

            /**
             * Converts this HostPort to JSON.
             * @function toJSON
             * @memberof vxnet.v1.HostPort
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            HostPort.prototype.toJSON = function() {
                return HostPort.toObject(this, $protobuf.util.toJSONOptions);
            };

            return HostPort;
        })();

        v1.PortCheckRequest = (function() {

            /**
             * Properties of a PortCheckRequest.
             * @typedef {Object} vxnet.v1.PortCheckRequest.$Properties
             * @property {number|null} [version] PortCheckRequest version
             * @property {Array.<vxnet.v1.HostPort.$Properties>|null} [ports] PortCheckRequest ports
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a PortCheckRequest.
             * @memberof vxnet.v1
             * @interface IPortCheckRequest
             * @augments vxnet.v1.PortCheckRequest.$Properties
             * @deprecated Use vxnet.v1.PortCheckRequest.$Properties instead.
             */

            /**
             * Shape of a PortCheckRequest.
             * @typedef {vxnet.v1.PortCheckRequest.$Properties} vxnet.v1.PortCheckRequest.$Shape
             */

            /**
             * Constructs a new PortCheckRequest.
             * @memberof vxnet.v1
             * @classdesc Represents a PortCheckRequest.
             * @constructor
             * @param {vxnet.v1.PortCheckRequest.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const PortCheckRequest = function (properties) {
                this.ports = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * PortCheckRequest version.
             * @member {number} version
             * @memberof vxnet.v1.PortCheckRequest
             * @instance
             */
            PortCheckRequest.prototype.version = 0;

            /**
             * PortCheckRequest ports.
             * @member {Array.<vxnet.v1.HostPort.$Properties>} ports
             * @memberof vxnet.v1.PortCheckRequest
             * @instance
             */
            PortCheckRequest.prototype.ports = $util.emptyArray;

            /**
             * Creates a new PortCheckRequest instance using the specified properties.
             * @function create
             * @memberof vxnet.v1.PortCheckRequest
             * @static
             * @param {vxnet.v1.PortCheckRequest.$Properties=} [properties] Properties to set
             * @returns {vxnet.v1.PortCheckRequest} PortCheckRequest instance
             * @type {{
             *   (properties: vxnet.v1.PortCheckRequest.$Shape): vxnet.v1.PortCheckRequest & vxnet.v1.PortCheckRequest.$Shape;
             *   (properties?: vxnet.v1.PortCheckRequest.$Properties): vxnet.v1.PortCheckRequest;
             * }}
             */
            PortCheckRequest.create = function(properties) {
                return new PortCheckRequest(properties);
            };

            /**
             * Encodes the specified PortCheckRequest message. Does not implicitly {@link vxnet.v1.PortCheckRequest.verify|verify} messages.
             * @function encode
             * @memberof vxnet.v1.PortCheckRequest
             * @static
             * @param {vxnet.v1.PortCheckRequest.$Properties} message PortCheckRequest message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            PortCheckRequest.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.version != null && $Object.hasOwnProperty.call(message, "version") && message.version !== 0)
                    writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.version);
                if (message.ports != null && message.ports.length)
                    for (let i = 0; i < message.ports.length; ++i)
                        $root.vxnet.v1.HostPort.encode(message.ports[i], writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a PortCheckRequest message from the specified reader or buffer.
             * @function decode
             * @memberof vxnet.v1.PortCheckRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {vxnet.v1.PortCheckRequest & vxnet.v1.PortCheckRequest.$Shape} PortCheckRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            PortCheckRequest.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.vxnet.v1.PortCheckRequest();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.version = value;
                            else
                                delete message.version;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if (!(message.ports && message.ports.length))
                                message.ports = [];
                            message.ports.push($root.vxnet.v1.HostPort.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Creates a PortCheckRequest message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof vxnet.v1.PortCheckRequest
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {vxnet.v1.PortCheckRequest} PortCheckRequest
             */
            PortCheckRequest.fromObject = function (object, _depth) {
                if (object instanceof $root.vxnet.v1.PortCheckRequest)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".vxnet.v1.PortCheckRequest: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.vxnet.v1.PortCheckRequest();
                if (object.version != null)
                    if ($Number(object.version) !== 0)
                        message.version = object.version >>> 0;
                if (object.ports) {
                    if (!$Array.isArray(object.ports))
                        throw $TypeError(".vxnet.v1.PortCheckRequest.ports: array expected");
                    message.ports = $Array(object.ports.length);
                    for (let i = 0; i < object.ports.length; ++i) {
                        if (!$util.isObject(object.ports[i]))
                            throw $TypeError(".vxnet.v1.PortCheckRequest.ports: object expected");
                        message.ports[i] = $root.vxnet.v1.HostPort.fromObject(object.ports[i], _depth + 1);
                    }
                }
                return message;
            };

            /**
             * Creates a plain object from a PortCheckRequest message. Also converts values to other types if specified.
             * @function toObject
             * @memberof vxnet.v1.PortCheckRequest
             * @static
             * @param {vxnet.v1.PortCheckRequest} message PortCheckRequest
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            PortCheckRequest.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults)
                    object.ports = [];
                if (options.defaults)
                    object.version = 0;
                if (message.version != null && $Object.hasOwnProperty.call(message, "version"))
                    object.version = message.version;
                if (message.ports && message.ports.length) {
                    object.ports = $Array(message.ports.length);
                    for (let j = 0; j < message.ports.length; ++j)
                        object.ports[j] = $root.vxnet.v1.HostPort.toObject(message.ports[j], options, _depth + 1);
                }
                return object;
            };

            /**
             * Converts this PortCheckRequest to JSON.
             * @function toJSON
             * @memberof vxnet.v1.PortCheckRequest
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            PortCheckRequest.prototype.toJSON = function() {
                return PortCheckRequest.toObject(this, $protobuf.util.toJSONOptions);
            };

            return PortCheckRequest;
        })();

        v1.PortCheckReply = (function() {

            /**
             * Properties of a PortCheckReply.
             * @typedef {Object} vxnet.v1.PortCheckReply.$Properties
             * @property {number|null} [version] PortCheckReply version
             * @property {Array.<vxnet.v1.HostPort.$Properties>|null} [inUse] PortCheckReply inUse
             * @property {vxnet.v1.Error.$Properties|null} [error] PortCheckReply error
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a PortCheckReply.
             * @memberof vxnet.v1
             * @interface IPortCheckReply
             * @augments vxnet.v1.PortCheckReply.$Properties
             * @deprecated Use vxnet.v1.PortCheckReply.$Properties instead.
             */

            /**
             * Shape of a PortCheckReply.
             * @typedef {vxnet.v1.PortCheckReply.$Properties} vxnet.v1.PortCheckReply.$Shape
             */

            /**
             * Constructs a new PortCheckReply.
             * @memberof vxnet.v1
             * @classdesc Represents a PortCheckReply.
             * @constructor
             * @param {vxnet.v1.PortCheckReply.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const PortCheckReply = function (properties) {
                this.inUse = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * PortCheckReply version.
             * @member {number} version
             * @memberof vxnet.v1.PortCheckReply
             * @instance
             */
            PortCheckReply.prototype.version = 0;

            /**
             * PortCheckReply inUse.
             * @member {Array.<vxnet.v1.HostPort.$Properties>} inUse
             * @memberof vxnet.v1.PortCheckReply
             * @instance
             */
            PortCheckReply.prototype.inUse = $util.emptyArray;

            /**
             * PortCheckReply error.
             * @member {vxnet.v1.Error.$Properties|null|undefined} error
             * @memberof vxnet.v1.PortCheckReply
             * @instance
             */
            PortCheckReply.prototype.error = null;

            /**
             * Creates a new PortCheckReply instance using the specified properties.
             * @function create
             * @memberof vxnet.v1.PortCheckReply
             * @static
             * @param {vxnet.v1.PortCheckReply.$Properties=} [properties] Properties to set
             * @returns {vxnet.v1.PortCheckReply} PortCheckReply instance
             * @type {{
             *   (properties: vxnet.v1.PortCheckReply.$Shape): vxnet.v1.PortCheckReply & vxnet.v1.PortCheckReply.$Shape;
             *   (properties?: vxnet.v1.PortCheckReply.$Properties): vxnet.v1.PortCheckReply;
             * }}
             */
            PortCheckReply.create = function(properties) {
                return new PortCheckReply(properties);
            };

            /**
             * Encodes the specified PortCheckReply message. Does not implicitly {@link vxnet.v1.PortCheckReply.verify|verify} messages.
             * @function encode
             * @memberof vxnet.v1.PortCheckReply
             * @static
             * @param {vxnet.v1.PortCheckReply.$Properties} message PortCheckReply message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            PortCheckReply.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.version != null && $Object.hasOwnProperty.call(message, "version") && message.version !== 0)
                    writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.version);
                if (message.inUse != null && message.inUse.length)
                    for (let i = 0; i < message.inUse.length; ++i)
                        $root.vxnet.v1.HostPort.encode(message.inUse[i], writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
                if (message.error != null && $Object.hasOwnProperty.call(message, "error"))
                    $root.vxnet.v1.Error.encode(message.error, writer.uint32(/* id 3, wireType 2 =*/26).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a PortCheckReply message from the specified reader or buffer.
             * @function decode
             * @memberof vxnet.v1.PortCheckReply
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {vxnet.v1.PortCheckReply & vxnet.v1.PortCheckReply.$Shape} PortCheckReply
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            PortCheckReply.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.vxnet.v1.PortCheckReply();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.version = value;
                            else
                                delete message.version;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if (!(message.inUse && message.inUse.length))
                                message.inUse = [];
                            message.inUse.push($root.vxnet.v1.HostPort.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            message.error = $root.vxnet.v1.Error.decode(reader, reader.size(), $undefined, _depth + 1, message.error);
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Creates a PortCheckReply message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof vxnet.v1.PortCheckReply
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {vxnet.v1.PortCheckReply} PortCheckReply
             */
            PortCheckReply.fromObject = function (object, _depth) {
                if (object instanceof $root.vxnet.v1.PortCheckReply)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".vxnet.v1.PortCheckReply: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.vxnet.v1.PortCheckReply();
                if (object.version != null)
                    if ($Number(object.version) !== 0)
                        message.version = object.version >>> 0;
                if (object.inUse) {
                    if (!$Array.isArray(object.inUse))
                        throw $TypeError(".vxnet.v1.PortCheckReply.inUse: array expected");
                    message.inUse = $Array(object.inUse.length);
                    for (let i = 0; i < object.inUse.length; ++i) {
                        if (!$util.isObject(object.inUse[i]))
                            throw $TypeError(".vxnet.v1.PortCheckReply.inUse: object expected");
                        message.inUse[i] = $root.vxnet.v1.HostPort.fromObject(object.inUse[i], _depth + 1);
                    }
                }
                if (object.error != null) {
                    if (!$util.isObject(object.error))
                        throw $TypeError(".vxnet.v1.PortCheckReply.error: object expected");
                    message.error = $root.vxnet.v1.Error.fromObject(object.error, _depth + 1);
                }
                return message;
            };

            /**
             * Creates a plain object from a PortCheckReply message. Also converts values to other types if specified.
             * @function toObject
             * @memberof vxnet.v1.PortCheckReply
             * @static
             * @param {vxnet.v1.PortCheckReply} message PortCheckReply
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            PortCheckReply.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults)
                    object.inUse = [];
                if (options.defaults) {
                    object.version = 0;
                    object.error = null;
                }
                if (message.version != null && $Object.hasOwnProperty.call(message, "version"))
                    object.version = message.version;
                if (message.inUse && message.inUse.length) {
                    object.inUse = $Array(message.inUse.length);
                    for (let j = 0; j < message.inUse.length; ++j)
                        object.inUse[j] = $root.vxnet.v1.HostPort.toObject(message.inUse[j], options, _depth + 1);
                }
                if (message.error != null && $Object.hasOwnProperty.call(message, "error"))
                    object.error = $root.vxnet.v1.Error.toObject(message.error, options, _depth + 1);
                return object;
            };

            /**
             * Converts this PortCheckReply to JSON.
             * @function toJSON
             * @memberof vxnet.v1.PortCheckReply
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            PortCheckReply.prototype.toJSON = function() {
                return PortCheckReply.toObject(this, $protobuf.util.toJSONOptions);
            };

            return PortCheckReply;
        })();

        v1.LogsRequest = (function() {

            /**
             * Properties of a LogsRequest.
             * @typedef {Object} vxnet.v1.LogsRequest.$Properties
             * @property {number|null} [version] LogsRequest version
             * @property {string|null} [workload] LogsRequest workload
             * @property {number|null} [maxBytes] LogsRequest maxBytes
             * @property {boolean|null} [fromOffset] LogsRequest fromOffset
             * @property {number|null} [offset] LogsRequest offset
             * @property {string|null} [since] LogsRequest since
             * @property {string|null} [until] LogsRequest until
             * @property {boolean|null} [tail] LogsRequest tail
             * @property {number|null} [tailLines] LogsRequest tailLines
             * @property {boolean|null} [records] LogsRequest records
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a LogsRequest.
             * @memberof vxnet.v1
             * @interface ILogsRequest
             * @augments vxnet.v1.LogsRequest.$Properties
             * @deprecated Use vxnet.v1.LogsRequest.$Properties instead.
             */

            /**
             * Shape of a LogsRequest.
             * @typedef {vxnet.v1.LogsRequest.$Properties} vxnet.v1.LogsRequest.$Shape
             */

            /**
             * Constructs a new LogsRequest.
             * @memberof vxnet.v1
             * @classdesc Represents a LogsRequest.
             * @constructor
             * @param {vxnet.v1.LogsRequest.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const LogsRequest = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * LogsRequest version.
             * @member {number} version
             * @memberof vxnet.v1.LogsRequest
             * @instance
             */
            LogsRequest.prototype.version = 0;

            /**
             * LogsRequest workload.
             * @member {string} workload
             * @memberof vxnet.v1.LogsRequest
             * @instance
             */
            LogsRequest.prototype.workload = "";

            /**
             * LogsRequest maxBytes.
             * @member {number} maxBytes
             * @memberof vxnet.v1.LogsRequest
             * @instance
             */
            LogsRequest.prototype.maxBytes = 0;

            /**
             * LogsRequest fromOffset.
             * @member {boolean} fromOffset
             * @memberof vxnet.v1.LogsRequest
             * @instance
             */
            LogsRequest.prototype.fromOffset = false;

            /**
             * LogsRequest offset.
             * @member {number} offset
             * @memberof vxnet.v1.LogsRequest
             * @instance
             */
            LogsRequest.prototype.offset = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * LogsRequest since.
             * @member {string} since
             * @memberof vxnet.v1.LogsRequest
             * @instance
             */
            LogsRequest.prototype.since = "";

            /**
             * LogsRequest until.
             * @member {string} until
             * @memberof vxnet.v1.LogsRequest
             * @instance
             */
            LogsRequest.prototype.until = "";

            /**
             * LogsRequest tail.
             * @member {boolean} tail
             * @memberof vxnet.v1.LogsRequest
             * @instance
             */
            LogsRequest.prototype.tail = false;

            /**
             * LogsRequest tailLines.
             * @member {number} tailLines
             * @memberof vxnet.v1.LogsRequest
             * @instance
             */
            LogsRequest.prototype.tailLines = 0;

            /**
             * LogsRequest records.
             * @member {boolean} records
             * @memberof vxnet.v1.LogsRequest
             * @instance
             */
            LogsRequest.prototype.records = false;

            /**
             * Creates a new LogsRequest instance using the specified properties.
             * @function create
             * @memberof vxnet.v1.LogsRequest
             * @static
             * @param {vxnet.v1.LogsRequest.$Properties=} [properties] Properties to set
             * @returns {vxnet.v1.LogsRequest} LogsRequest instance
             * @type {{
             *   (properties: vxnet.v1.LogsRequest.$Shape): vxnet.v1.LogsRequest & vxnet.v1.LogsRequest.$Shape;
             *   (properties?: vxnet.v1.LogsRequest.$Properties): vxnet.v1.LogsRequest;
             * }}
             */
            LogsRequest.create = function(properties) {
                return new LogsRequest(properties);
            };

            /**
             * Encodes the specified LogsRequest message. Does not implicitly {@link vxnet.v1.LogsRequest.verify|verify} messages.
             * @function encode
             * @memberof vxnet.v1.LogsRequest
             * @static
             * @param {vxnet.v1.LogsRequest.$Properties} message LogsRequest message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            LogsRequest.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.version != null && $Object.hasOwnProperty.call(message, "version") && message.version !== 0)
                    writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.version);
                if (message.workload != null && $Object.hasOwnProperty.call(message, "workload") && message.workload !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.workload);
                if (message.maxBytes != null && $Object.hasOwnProperty.call(message, "maxBytes") && message.maxBytes !== 0)
                    writer.uint32(/* id 3, wireType 0 =*/24).uint32(message.maxBytes);
                if (message.fromOffset != null && $Object.hasOwnProperty.call(message, "fromOffset") && message.fromOffset !== false)
                    writer.uint32(/* id 4, wireType 0 =*/32).bool(message.fromOffset);
                if (message.offset != null && $Object.hasOwnProperty.call(message, "offset") && (typeof message.offset === "object" ? message.offset.low || message.offset.high : message.offset !== 0))
                    writer.uint32(/* id 5, wireType 0 =*/40).int64(message.offset);
                if (message.since != null && $Object.hasOwnProperty.call(message, "since") && message.since !== "")
                    writer.uint32(/* id 70, wireType 2 =*/562).string(message.since);
                if (message.until != null && $Object.hasOwnProperty.call(message, "until") && message.until !== "")
                    writer.uint32(/* id 71, wireType 2 =*/570).string(message.until);
                if (message.tail != null && $Object.hasOwnProperty.call(message, "tail") && message.tail !== false)
                    writer.uint32(/* id 72, wireType 0 =*/576).bool(message.tail);
                if (message.tailLines != null && $Object.hasOwnProperty.call(message, "tailLines") && message.tailLines !== 0)
                    writer.uint32(/* id 73, wireType 0 =*/584).uint32(message.tailLines);
                if (message.records != null && $Object.hasOwnProperty.call(message, "records") && message.records !== false)
                    writer.uint32(/* id 74, wireType 0 =*/592).bool(message.records);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a LogsRequest message from the specified reader or buffer.
             * @function decode
             * @memberof vxnet.v1.LogsRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {vxnet.v1.LogsRequest & vxnet.v1.LogsRequest.$Shape} LogsRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            LogsRequest.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.vxnet.v1.LogsRequest();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.version = value;
                            else
                                delete message.version;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.workload = value;
                            else
                                delete message.workload;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.maxBytes = value;
                            else
                                delete message.maxBytes;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.fromOffset = value;
                            else
                                delete message.fromOffset;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.offset = value;
                            else
                                delete message.offset;
                            continue;
                        }
                    case 70: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.since = value;
                            else
                                delete message.since;
                            continue;
                        }
                    case 71: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.until = value;
                            else
                                delete message.until;
                            continue;
                        }
                    case 72: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.tail = value;
                            else
                                delete message.tail;
                            continue;
                        }
                    case 73: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.tailLines = value;
                            else
                                delete message.tailLines;
                            continue;
                        }
                    case 74: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.records = value;
                            else
                                delete message.records;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Creates a LogsRequest message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof vxnet.v1.LogsRequest
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {vxnet.v1.LogsRequest} LogsRequest
             */
            LogsRequest.fromObject = function (object, _depth) {
                if (object instanceof $root.vxnet.v1.LogsRequest)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".vxnet.v1.LogsRequest: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.vxnet.v1.LogsRequest();
                if (object.version != null)
                    if ($Number(object.version) !== 0)
                        message.version = object.version >>> 0;
                if (object.workload != null)
                    if (typeof object.workload !== "string" || object.workload.length)
                        message.workload = $String(object.workload);
                if (object.maxBytes != null)
                    if ($Number(object.maxBytes) !== 0)
                        message.maxBytes = object.maxBytes >>> 0;
                if (object.fromOffset != null)
                    if (object.fromOffset)
                        message.fromOffset = $Boolean(object.fromOffset);
                if (object.offset != null)
                    if (typeof object.offset === "object" ? object.offset.low || object.offset.high : $Number(object.offset) !== 0)
                        if ($util.Long)
                            message.offset = $util.Long.fromValue(object.offset, false);
                        else if (typeof object.offset === "string")
                            message.offset = $parseInt(object.offset, 10);
                        else if (typeof object.offset === "number")
                            message.offset = object.offset;
                        else if (typeof object.offset === "object")
                            message.offset = new $util.LongBits(object.offset.low >>> 0, object.offset.high >>> 0).toNumber();
                if (object.since != null)
                    if (typeof object.since !== "string" || object.since.length)
                        message.since = $String(object.since);
                if (object.until != null)
                    if (typeof object.until !== "string" || object.until.length)
                        message.until = $String(object.until);
                if (object.tail != null)
                    if (object.tail)
                        message.tail = $Boolean(object.tail);
                if (object.tailLines != null)
                    if ($Number(object.tailLines) !== 0)
                        message.tailLines = object.tailLines >>> 0;
                if (object.records != null)
                    if (object.records)
                        message.records = $Boolean(object.records);
                return message;
            };

            /**
             * Creates a plain object from a LogsRequest message. Also converts values to other types if specified.
             * @function toObject
             * @memberof vxnet.v1.LogsRequest
             * @static
             * @param {vxnet.v1.LogsRequest} message LogsRequest
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            LogsRequest.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.version = 0;
                    object.workload = "";
                    object.maxBytes = 0;
                    object.fromOffset = false;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, false);
                        object.offset = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.offset = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    object.since = "";
                    object.until = "";
                    object.tail = false;
                    object.tailLines = 0;
                    object.records = false;
                }
                if (message.version != null && $Object.hasOwnProperty.call(message, "version"))
                    object.version = message.version;
                if (message.workload != null && $Object.hasOwnProperty.call(message, "workload"))
                    object.workload = message.workload;
                if (message.maxBytes != null && $Object.hasOwnProperty.call(message, "maxBytes"))
                    object.maxBytes = message.maxBytes;
                if (message.fromOffset != null && $Object.hasOwnProperty.call(message, "fromOffset"))
                    object.fromOffset = message.fromOffset;
                if (message.offset != null && $Object.hasOwnProperty.call(message, "offset"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.offset = typeof message.offset === "number" ? $BigInt(message.offset) : $util.Long.fromBits(message.offset.low >>> 0, message.offset.high >>> 0, false).toBigInt();
                    else if (typeof message.offset === "number")
                        object.offset = options.longs === $String ? $String(message.offset) : message.offset;
                    else
                        object.offset = options.longs === $String ? $util.Long.prototype.toString.call(message.offset) : options.longs === $Number ? new $util.LongBits(message.offset.low >>> 0, message.offset.high >>> 0).toNumber() : message.offset;
                if (message.since != null && $Object.hasOwnProperty.call(message, "since"))
                    object.since = message.since;
                if (message.until != null && $Object.hasOwnProperty.call(message, "until"))
                    object.until = message.until;
                if (message.tail != null && $Object.hasOwnProperty.call(message, "tail"))
                    object.tail = message.tail;
                if (message.tailLines != null && $Object.hasOwnProperty.call(message, "tailLines"))
                    object.tailLines = message.tailLines;
                if (message.records != null && $Object.hasOwnProperty.call(message, "records"))
                    object.records = message.records;
                return object;
            };

            /**
             * Converts this LogsRequest to JSON.
             * @function toJSON
             * @memberof vxnet.v1.LogsRequest
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            LogsRequest.prototype.toJSON = function() {
                return LogsRequest.toObject(this, $protobuf.util.toJSONOptions);
            };

            return LogsRequest;
        })();

        v1.LogRecord = (function() {

            /**
             * Properties of a LogRecord.
             * @typedef {Object} vxnet.v1.LogRecord.$Properties
             * @property {string|null} [time] LogRecord time
             * @property {boolean|null} [stderr] LogRecord stderr
             * @property {Uint8Array|null} [data] LogRecord data
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a LogRecord.
             * @memberof vxnet.v1
             * @interface ILogRecord
             * @augments vxnet.v1.LogRecord.$Properties
             * @deprecated Use vxnet.v1.LogRecord.$Properties instead.
             */

            /**
             * Shape of a LogRecord.
             * @typedef {vxnet.v1.LogRecord.$Properties} vxnet.v1.LogRecord.$Shape
             */

            /**
             * Constructs a new LogRecord.
             * @memberof vxnet.v1
             * @classdesc Represents a LogRecord.
             * @constructor
             * @param {vxnet.v1.LogRecord.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const LogRecord = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * LogRecord time.
             * @member {string} time
             * @memberof vxnet.v1.LogRecord
             * @instance
             */
            LogRecord.prototype.time = "";

            /**
             * LogRecord stderr.
             * @member {boolean} stderr
             * @memberof vxnet.v1.LogRecord
             * @instance
             */
            LogRecord.prototype.stderr = false;

            /**
             * LogRecord data.
             * @member {Uint8Array} data
             * @memberof vxnet.v1.LogRecord
             * @instance
             */
            LogRecord.prototype.data = $util.newBuffer([]);

            /**
             * Creates a new LogRecord instance using the specified properties.
             * @function create
             * @memberof vxnet.v1.LogRecord
             * @static
             * @param {vxnet.v1.LogRecord.$Properties=} [properties] Properties to set
             * @returns {vxnet.v1.LogRecord} LogRecord instance
             * @type {{
             *   (properties: vxnet.v1.LogRecord.$Shape): vxnet.v1.LogRecord & vxnet.v1.LogRecord.$Shape;
             *   (properties?: vxnet.v1.LogRecord.$Properties): vxnet.v1.LogRecord;
             * }}
             */
            LogRecord.create = function(properties) {
                return new LogRecord(properties);
            };

            /**
             * Encodes the specified LogRecord message. Does not implicitly {@link vxnet.v1.LogRecord.verify|verify} messages.
             * @function encode
             * @memberof vxnet.v1.LogRecord
             * @static
             * @param {vxnet.v1.LogRecord.$Properties} message LogRecord message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            LogRecord.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.time != null && $Object.hasOwnProperty.call(message, "time") && message.time !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.time);
                if (message.stderr != null && $Object.hasOwnProperty.call(message, "stderr") && message.stderr !== false)
                    writer.uint32(/* id 2, wireType 0 =*/16).bool(message.stderr);
                if (message.data != null && $Object.hasOwnProperty.call(message, "data") && message.data.length)
                    writer.uint32(/* id 3, wireType 2 =*/26).bytes(message.data);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a LogRecord message from the specified reader or buffer.
             * @function decode
             * @memberof vxnet.v1.LogRecord
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {vxnet.v1.LogRecord & vxnet.v1.LogRecord.$Shape} LogRecord
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            LogRecord.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.vxnet.v1.LogRecord();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.time = value;
                            else
                                delete message.time;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.stderr = value;
                            else
                                delete message.stderr;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.data = value;
                            else
                                delete message.data;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Creates a LogRecord message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof vxnet.v1.LogRecord
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {vxnet.v1.LogRecord} LogRecord
             */
            LogRecord.fromObject = function (object, _depth) {
                if (object instanceof $root.vxnet.v1.LogRecord)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".vxnet.v1.LogRecord: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.vxnet.v1.LogRecord();
                if (object.time != null)
                    if (typeof object.time !== "string" || object.time.length)
                        message.time = $String(object.time);
                if (object.stderr != null)
                    if (object.stderr)
                        message.stderr = $Boolean(object.stderr);
                if (object.data != null)
                    if (object.data.length)
                        if (typeof object.data === "string")
                            $util.base64.decode(object.data, message.data = $util.newBuffer($util.base64.length(object.data)), 0);
                        else if (object.data.length >= 0)
                            message.data = object.data;
                return message;
            };

            /**
             * Creates a plain object from a LogRecord message. Also converts values to other types if specified.
             * @function toObject
             * @memberof vxnet.v1.LogRecord
             * @static
             * @param {vxnet.v1.LogRecord} message LogRecord
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            LogRecord.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.time = "";
                    object.stderr = false;
                    if (options.bytes === $String)
                        object.data = "";
                    else {
                        object.data = [];
                        if (options.bytes !== $Array)
                            object.data = $util.newBuffer(object.data);
                    }
                }
                if (message.time != null && $Object.hasOwnProperty.call(message, "time"))
                    object.time = message.time;
                if (message.stderr != null && $Object.hasOwnProperty.call(message, "stderr"))
                    object.stderr = message.stderr;
                if (message.data != null && $Object.hasOwnProperty.call(message, "data"))
                    object.data = options.bytes === $String ? $util.base64.encode(message.data, 0, message.data.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.data) : message.data;
                return object;
            };

            /**
             * Converts this LogRecord to JSON.
             * @function toJSON
             * @memberof vxnet.v1.LogRecord
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            LogRecord.prototype.toJSON = function() {
                return LogRecord.toObject(this, $protobuf.util.toJSONOptions);
            };

            return LogRecord;
        })();

        v1.LogsReply = (function() {

            /**
             * Properties of a LogsReply.
             * @typedef {Object} vxnet.v1.LogsReply.$Properties
             * @property {number|null} [version] LogsReply version
             * @property {Uint8Array|null} [data] LogsReply data
             * @property {boolean|null} [truncated] LogsReply truncated
             * @property {vxnet.v1.Error.$Properties|null} [error] LogsReply error
             * @property {number|null} [endOffset] LogsReply endOffset
             * @property {boolean|null} [running] LogsReply running
             * @property {Array.<vxnet.v1.LogRecord.$Properties>|null} [records] LogsReply records
             * @property {boolean|null} [more] LogsReply more
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a LogsReply.
             * @memberof vxnet.v1
             * @interface ILogsReply
             * @augments vxnet.v1.LogsReply.$Properties
             * @deprecated Use vxnet.v1.LogsReply.$Properties instead.
             */

            /**
             * Shape of a LogsReply.
             * @typedef {vxnet.v1.LogsReply.$Properties} vxnet.v1.LogsReply.$Shape
             */

            /**
             * Constructs a new LogsReply.
             * @memberof vxnet.v1
             * @classdesc Represents a LogsReply.
             * @constructor
             * @param {vxnet.v1.LogsReply.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const LogsReply = function (properties) {
                this.records = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * LogsReply version.
             * @member {number} version
             * @memberof vxnet.v1.LogsReply
             * @instance
             */
            LogsReply.prototype.version = 0;

            /**
             * LogsReply data.
             * @member {Uint8Array} data
             * @memberof vxnet.v1.LogsReply
             * @instance
             */
            LogsReply.prototype.data = $util.newBuffer([]);

            /**
             * LogsReply truncated.
             * @member {boolean} truncated
             * @memberof vxnet.v1.LogsReply
             * @instance
             */
            LogsReply.prototype.truncated = false;

            /**
             * LogsReply error.
             * @member {vxnet.v1.Error.$Properties|null|undefined} error
             * @memberof vxnet.v1.LogsReply
             * @instance
             */
            LogsReply.prototype.error = null;

            /**
             * LogsReply endOffset.
             * @member {number} endOffset
             * @memberof vxnet.v1.LogsReply
             * @instance
             */
            LogsReply.prototype.endOffset = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * LogsReply running.
             * @member {boolean} running
             * @memberof vxnet.v1.LogsReply
             * @instance
             */
            LogsReply.prototype.running = false;

            /**
             * LogsReply records.
             * @member {Array.<vxnet.v1.LogRecord.$Properties>} records
             * @memberof vxnet.v1.LogsReply
             * @instance
             */
            LogsReply.prototype.records = $util.emptyArray;

            /**
             * LogsReply more.
             * @member {boolean} more
             * @memberof vxnet.v1.LogsReply
             * @instance
             */
            LogsReply.prototype.more = false;

            /**
             * Creates a new LogsReply instance using the specified properties.
             * @function create
             * @memberof vxnet.v1.LogsReply
             * @static
             * @param {vxnet.v1.LogsReply.$Properties=} [properties] Properties to set
             * @returns {vxnet.v1.LogsReply} LogsReply instance
             * @type {{
             *   (properties: vxnet.v1.LogsReply.$Shape): vxnet.v1.LogsReply & vxnet.v1.LogsReply.$Shape;
             *   (properties?: vxnet.v1.LogsReply.$Properties): vxnet.v1.LogsReply;
             * }}
             */
            LogsReply.create = function(properties) {
                return new LogsReply(properties);
            };

            /**
             * Encodes the specified LogsReply message. Does not implicitly {@link vxnet.v1.LogsReply.verify|verify} messages.
             * @function encode
             * @memberof vxnet.v1.LogsReply
             * @static
             * @param {vxnet.v1.LogsReply.$Properties} message LogsReply message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            LogsReply.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.version != null && $Object.hasOwnProperty.call(message, "version") && message.version !== 0)
                    writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.version);
                if (message.data != null && $Object.hasOwnProperty.call(message, "data") && message.data.length)
                    writer.uint32(/* id 2, wireType 2 =*/18).bytes(message.data);
                if (message.truncated != null && $Object.hasOwnProperty.call(message, "truncated") && message.truncated !== false)
                    writer.uint32(/* id 3, wireType 0 =*/24).bool(message.truncated);
                if (message.error != null && $Object.hasOwnProperty.call(message, "error"))
                    $root.vxnet.v1.Error.encode(message.error, writer.uint32(/* id 4, wireType 2 =*/34).fork(), _depth + 1).ldelim();
                if (message.endOffset != null && $Object.hasOwnProperty.call(message, "endOffset") && (typeof message.endOffset === "object" ? message.endOffset.low || message.endOffset.high : message.endOffset !== 0))
                    writer.uint32(/* id 5, wireType 0 =*/40).int64(message.endOffset);
                if (message.running != null && $Object.hasOwnProperty.call(message, "running") && message.running !== false)
                    writer.uint32(/* id 6, wireType 0 =*/48).bool(message.running);
                if (message.records != null && message.records.length)
                    for (let i = 0; i < message.records.length; ++i)
                        $root.vxnet.v1.LogRecord.encode(message.records[i], writer.uint32(/* id 70, wireType 2 =*/562).fork(), _depth + 1).ldelim();
                if (message.more != null && $Object.hasOwnProperty.call(message, "more") && message.more !== false)
                    writer.uint32(/* id 71, wireType 0 =*/568).bool(message.more);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a LogsReply message from the specified reader or buffer.
             * @function decode
             * @memberof vxnet.v1.LogsReply
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {vxnet.v1.LogsReply & vxnet.v1.LogsReply.$Shape} LogsReply
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            LogsReply.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.vxnet.v1.LogsReply();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.version = value;
                            else
                                delete message.version;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.data = value;
                            else
                                delete message.data;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.truncated = value;
                            else
                                delete message.truncated;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            message.error = $root.vxnet.v1.Error.decode(reader, reader.size(), $undefined, _depth + 1, message.error);
                            continue;
                        }
                    case 5: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.endOffset = value;
                            else
                                delete message.endOffset;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.running = value;
                            else
                                delete message.running;
                            continue;
                        }
                    case 70: {
                            if (wireType !== 2)
                                break;
                            if (!(message.records && message.records.length))
                                message.records = [];
                            message.records.push($root.vxnet.v1.LogRecord.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    case 71: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.more = value;
                            else
                                delete message.more;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Creates a LogsReply message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof vxnet.v1.LogsReply
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {vxnet.v1.LogsReply} LogsReply
             */
            LogsReply.fromObject = function (object, _depth) {
                if (object instanceof $root.vxnet.v1.LogsReply)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".vxnet.v1.LogsReply: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.vxnet.v1.LogsReply();
                if (object.version != null)
                    if ($Number(object.version) !== 0)
                        message.version = object.version >>> 0;
                if (object.data != null)
                    if (object.data.length)
                        if (typeof object.data === "string")
                            $util.base64.decode(object.data, message.data = $util.newBuffer($util.base64.length(object.data)), 0);
                        else if (object.data.length >= 0)
                            message.data = object.data;
                if (object.truncated != null)
                    if (object.truncated)
                        message.truncated = $Boolean(object.truncated);
                if (object.error != null) {
                    if (!$util.isObject(object.error))
                        throw $TypeError(".vxnet.v1.LogsReply.error: object expected");
                    message.error = $root.vxnet.v1.Error.fromObject(object.error, _depth + 1);
                }
                if (object.endOffset != null)
                    if (typeof object.endOffset === "object" ? object.endOffset.low || object.endOffset.high : $Number(object.endOffset) !== 0)
                        if ($util.Long)
                            message.endOffset = $util.Long.fromValue(object.endOffset, false);
                        else if (typeof object.endOffset === "string")
                            message.endOffset = $parseInt(object.endOffset, 10);
                        else if (typeof object.endOffset === "number")
                            message.endOffset = object.endOffset;
                        else if (typeof object.endOffset === "object")
                            message.endOffset = new $util.LongBits(object.endOffset.low >>> 0, object.endOffset.high >>> 0).toNumber();
                if (object.running != null)
                    if (object.running)
                        message.running = $Boolean(object.running);
                if (object.records) {
                    if (!$Array.isArray(object.records))
                        throw $TypeError(".vxnet.v1.LogsReply.records: array expected");
                    message.records = $Array(object.records.length);
                    for (let i = 0; i < object.records.length; ++i) {
                        if (!$util.isObject(object.records[i]))
                            throw $TypeError(".vxnet.v1.LogsReply.records: object expected");
                        message.records[i] = $root.vxnet.v1.LogRecord.fromObject(object.records[i], _depth + 1);
                    }
                }
                if (object.more != null)
                    if (object.more)
                        message.more = $Boolean(object.more);
                return message;
            };

            /**
             * Creates a plain object from a LogsReply message. Also converts values to other types if specified.
             * @function toObject
             * @memberof vxnet.v1.LogsReply
             * @static
             * @param {vxnet.v1.LogsReply} message LogsReply
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            LogsReply.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults)
                    object.records = [];
                if (options.defaults) {
                    object.version = 0;
                    if (options.bytes === $String)
                        object.data = "";
                    else {
                        object.data = [];
                        if (options.bytes !== $Array)
                            object.data = $util.newBuffer(object.data);
                    }
                    object.truncated = false;
                    object.error = null;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, false);
                        object.endOffset = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.endOffset = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    object.running = false;
                    object.more = false;
                }
                if (message.version != null && $Object.hasOwnProperty.call(message, "version"))
                    object.version = message.version;
                if (message.data != null && $Object.hasOwnProperty.call(message, "data"))
                    object.data = options.bytes === $String ? $util.base64.encode(message.data, 0, message.data.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.data) : message.data;
                if (message.truncated != null && $Object.hasOwnProperty.call(message, "truncated"))
                    object.truncated = message.truncated;
                if (message.error != null && $Object.hasOwnProperty.call(message, "error"))
                    object.error = $root.vxnet.v1.Error.toObject(message.error, options, _depth + 1);
                if (message.endOffset != null && $Object.hasOwnProperty.call(message, "endOffset"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.endOffset = typeof message.endOffset === "number" ? $BigInt(message.endOffset) : $util.Long.fromBits(message.endOffset.low >>> 0, message.endOffset.high >>> 0, false).toBigInt();
                    else if (typeof message.endOffset === "number")
                        object.endOffset = options.longs === $String ? $String(message.endOffset) : message.endOffset;
                    else
                        object.endOffset = options.longs === $String ? $util.Long.prototype.toString.call(message.endOffset) : options.longs === $Number ? new $util.LongBits(message.endOffset.low >>> 0, message.endOffset.high >>> 0).toNumber() : message.endOffset;
                if (message.running != null && $Object.hasOwnProperty.call(message, "running"))
                    object.running = message.running;
                if (message.records && message.records.length) {
                    object.records = $Array(message.records.length);
                    for (let j = 0; j < message.records.length; ++j)
                        object.records[j] = $root.vxnet.v1.LogRecord.toObject(message.records[j], options, _depth + 1);
                }
                if (message.more != null && $Object.hasOwnProperty.call(message, "more"))
                    object.more = message.more;
                return object;
            };

            /**
             * Converts this LogsReply to JSON.
             * @function toJSON
             * @memberof vxnet.v1.LogsReply
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            LogsReply.prototype.toJSON = function() {
                return LogsReply.toObject(this, $protobuf.util.toJSONOptions);
            };

            return LogsReply;
        })();

        v1.NetworkCreateRequest = (function() {

            /**
             * Properties of a NetworkCreateRequest.
             * @typedef {Object} vxnet.v1.NetworkCreateRequest.$Properties
             * @property {number|null} [version] NetworkCreateRequest version
             * @property {string|null} [name] NetworkCreateRequest name
             * @property {vxnet.v1.Driver|null} [driver] NetworkCreateRequest driver
             * @property {string|null} [subnet] NetworkCreateRequest subnet
             * @property {string|null} [gateway] NetworkCreateRequest gateway
             * @property {string|null} [ipRange] NetworkCreateRequest ipRange
             * @property {boolean|null} [internal] NetworkCreateRequest internal
             * @property {string|null} [host] NetworkCreateRequest host
             * @property {Object.<string,string>|null} [labels] NetworkCreateRequest labels
             * @property {Object.<string,string>|null} [options] NetworkCreateRequest options
             * @property {boolean|null} [ipv6] NetworkCreateRequest ipv6
             * @property {string|null} [subnet6] NetworkCreateRequest subnet6
             * @property {string|null} [gateway6] NetworkCreateRequest gateway6
             * @property {string|null} [ipRange6] NetworkCreateRequest ipRange6
             * @property {Object.<string,string>|null} [auxAddresses] NetworkCreateRequest auxAddresses
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a NetworkCreateRequest.
             * @memberof vxnet.v1
             * @interface INetworkCreateRequest
             * @augments vxnet.v1.NetworkCreateRequest.$Properties
             * @deprecated Use vxnet.v1.NetworkCreateRequest.$Properties instead.
             */

            /**
             * Shape of a NetworkCreateRequest.
             * @typedef {vxnet.v1.NetworkCreateRequest.$Properties} vxnet.v1.NetworkCreateRequest.$Shape
             */

            /**
             * Constructs a new NetworkCreateRequest.
             * @memberof vxnet.v1
             * @classdesc Represents a NetworkCreateRequest.
             * @constructor
             * @param {vxnet.v1.NetworkCreateRequest.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const NetworkCreateRequest = function (properties) {
                this.labels = {};
                this.options = {};
                this.auxAddresses = {};
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * NetworkCreateRequest version.
             * @member {number} version
             * @memberof vxnet.v1.NetworkCreateRequest
             * @instance
             */
            NetworkCreateRequest.prototype.version = 0;

            /**
             * NetworkCreateRequest name.
             * @member {string} name
             * @memberof vxnet.v1.NetworkCreateRequest
             * @instance
             */
            NetworkCreateRequest.prototype.name = "";

            /**
             * NetworkCreateRequest driver.
             * @member {vxnet.v1.Driver} driver
             * @memberof vxnet.v1.NetworkCreateRequest
             * @instance
             */
            NetworkCreateRequest.prototype.driver = 0;

            /**
             * NetworkCreateRequest subnet.
             * @member {string} subnet
             * @memberof vxnet.v1.NetworkCreateRequest
             * @instance
             */
            NetworkCreateRequest.prototype.subnet = "";

            /**
             * NetworkCreateRequest gateway.
             * @member {string} gateway
             * @memberof vxnet.v1.NetworkCreateRequest
             * @instance
             */
            NetworkCreateRequest.prototype.gateway = "";

            /**
             * NetworkCreateRequest ipRange.
             * @member {string} ipRange
             * @memberof vxnet.v1.NetworkCreateRequest
             * @instance
             */
            NetworkCreateRequest.prototype.ipRange = "";

            /**
             * NetworkCreateRequest internal.
             * @member {boolean} internal
             * @memberof vxnet.v1.NetworkCreateRequest
             * @instance
             */
            NetworkCreateRequest.prototype.internal = false;

            /**
             * NetworkCreateRequest host.
             * @member {string} host
             * @memberof vxnet.v1.NetworkCreateRequest
             * @instance
             */
            NetworkCreateRequest.prototype.host = "";

            /**
             * NetworkCreateRequest labels.
             * @member {Object.<string,string>} labels
             * @memberof vxnet.v1.NetworkCreateRequest
             * @instance
             */
            NetworkCreateRequest.prototype.labels = $util.emptyObject;

            /**
             * NetworkCreateRequest options.
             * @member {Object.<string,string>} options
             * @memberof vxnet.v1.NetworkCreateRequest
             * @instance
             */
            NetworkCreateRequest.prototype.options = $util.emptyObject;

            /**
             * NetworkCreateRequest ipv6.
             * @member {boolean} ipv6
             * @memberof vxnet.v1.NetworkCreateRequest
             * @instance
             */
            NetworkCreateRequest.prototype.ipv6 = false;

            /**
             * NetworkCreateRequest subnet6.
             * @member {string} subnet6
             * @memberof vxnet.v1.NetworkCreateRequest
             * @instance
             */
            NetworkCreateRequest.prototype.subnet6 = "";

            /**
             * NetworkCreateRequest gateway6.
             * @member {string} gateway6
             * @memberof vxnet.v1.NetworkCreateRequest
             * @instance
             */
            NetworkCreateRequest.prototype.gateway6 = "";

            /**
             * NetworkCreateRequest ipRange6.
             * @member {string} ipRange6
             * @memberof vxnet.v1.NetworkCreateRequest
             * @instance
             */
            NetworkCreateRequest.prototype.ipRange6 = "";

            /**
             * NetworkCreateRequest auxAddresses.
             * @member {Object.<string,string>} auxAddresses
             * @memberof vxnet.v1.NetworkCreateRequest
             * @instance
             */
            NetworkCreateRequest.prototype.auxAddresses = $util.emptyObject;

            /**
             * Creates a new NetworkCreateRequest instance using the specified properties.
             * @function create
             * @memberof vxnet.v1.NetworkCreateRequest
             * @static
             * @param {vxnet.v1.NetworkCreateRequest.$Properties=} [properties] Properties to set
             * @returns {vxnet.v1.NetworkCreateRequest} NetworkCreateRequest instance
             * @type {{
             *   (properties: vxnet.v1.NetworkCreateRequest.$Shape): vxnet.v1.NetworkCreateRequest & vxnet.v1.NetworkCreateRequest.$Shape;
             *   (properties?: vxnet.v1.NetworkCreateRequest.$Properties): vxnet.v1.NetworkCreateRequest;
             * }}
             */
            NetworkCreateRequest.create = function(properties) {
                return new NetworkCreateRequest(properties);
            };

            /**
             * Encodes the specified NetworkCreateRequest message. Does not implicitly {@link vxnet.v1.NetworkCreateRequest.verify|verify} messages.
             * @function encode
             * @memberof vxnet.v1.NetworkCreateRequest
             * @static
             * @param {vxnet.v1.NetworkCreateRequest.$Properties} message NetworkCreateRequest message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            NetworkCreateRequest.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.version != null && $Object.hasOwnProperty.call(message, "version") && message.version !== 0)
                    writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.version);
                if (message.name != null && $Object.hasOwnProperty.call(message, "name") && message.name !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.name);
                if (message.driver != null && $Object.hasOwnProperty.call(message, "driver") && message.driver !== 0)
                    writer.uint32(/* id 3, wireType 0 =*/24).int32(message.driver);
                if (message.subnet != null && $Object.hasOwnProperty.call(message, "subnet") && message.subnet !== "")
                    writer.uint32(/* id 4, wireType 2 =*/34).string(message.subnet);
                if (message.gateway != null && $Object.hasOwnProperty.call(message, "gateway") && message.gateway !== "")
                    writer.uint32(/* id 5, wireType 2 =*/42).string(message.gateway);
                if (message.ipRange != null && $Object.hasOwnProperty.call(message, "ipRange") && message.ipRange !== "")
                    writer.uint32(/* id 6, wireType 2 =*/50).string(message.ipRange);
                if (message.internal != null && $Object.hasOwnProperty.call(message, "internal") && message.internal !== false)
                    writer.uint32(/* id 7, wireType 0 =*/56).bool(message.internal);
                if (message.host != null && $Object.hasOwnProperty.call(message, "host") && message.host !== "")
                    writer.uint32(/* id 8, wireType 2 =*/66).string(message.host);
                if (message.labels != null && $Object.hasOwnProperty.call(message, "labels"))
                    for (let keys = $Object.keys(message.labels), i = 0; i < keys.length; ++i)
                        writer.uint32(/* id 9, wireType 2 =*/74).fork().uint32(/* id 1, wireType 2 =*/10).string(keys[i]).uint32(/* id 2, wireType 2 =*/18).string(message.labels[keys[i]]).ldelim();
                if (message.options != null && $Object.hasOwnProperty.call(message, "options"))
                    for (let keys = $Object.keys(message.options), i = 0; i < keys.length; ++i)
                        writer.uint32(/* id 10, wireType 2 =*/82).fork().uint32(/* id 1, wireType 2 =*/10).string(keys[i]).uint32(/* id 2, wireType 2 =*/18).string(message.options[keys[i]]).ldelim();
                if (message.ipv6 != null && $Object.hasOwnProperty.call(message, "ipv6") && message.ipv6 !== false)
                    writer.uint32(/* id 60, wireType 0 =*/480).bool(message.ipv6);
                if (message.subnet6 != null && $Object.hasOwnProperty.call(message, "subnet6") && message.subnet6 !== "")
                    writer.uint32(/* id 61, wireType 2 =*/490).string(message.subnet6);
                if (message.gateway6 != null && $Object.hasOwnProperty.call(message, "gateway6") && message.gateway6 !== "")
                    writer.uint32(/* id 62, wireType 2 =*/498).string(message.gateway6);
                if (message.ipRange6 != null && $Object.hasOwnProperty.call(message, "ipRange6") && message.ipRange6 !== "")
                    writer.uint32(/* id 63, wireType 2 =*/506).string(message.ipRange6);
                if (message.auxAddresses != null && $Object.hasOwnProperty.call(message, "auxAddresses"))
                    for (let keys = $Object.keys(message.auxAddresses), i = 0; i < keys.length; ++i)
                        writer.uint32(/* id 64, wireType 2 =*/514).fork().uint32(/* id 1, wireType 2 =*/10).string(keys[i]).uint32(/* id 2, wireType 2 =*/18).string(message.auxAddresses[keys[i]]).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a NetworkCreateRequest message from the specified reader or buffer.
             * @function decode
             * @memberof vxnet.v1.NetworkCreateRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {vxnet.v1.NetworkCreateRequest & vxnet.v1.NetworkCreateRequest.$Shape} NetworkCreateRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            NetworkCreateRequest.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, key, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.vxnet.v1.NetworkCreateRequest();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.version = value;
                            else
                                delete message.version;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.name = value;
                            else
                                delete message.name;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.driver = value;
                            else
                                delete message.driver;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.subnet = value;
                            else
                                delete message.subnet;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.gateway = value;
                            else
                                delete message.gateway;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.ipRange = value;
                            else
                                delete message.ipRange;
                            continue;
                        }
                    case 7: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.internal = value;
                            else
                                delete message.internal;
                            continue;
                        }
                    case 8: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.host = value;
                            else
                                delete message.host;
                            continue;
                        }
                    case 9: {
                            if (wireType !== 2)
                                break;
                            if (message.labels === $util.emptyObject)
                                message.labels = {};
                            let end2 = reader.size() + reader.pos;
                            if (end2 > reader.len)
                                throw $RangeError("index out of range");
                            reader.len = end2;
                            key = "";
                            value = "";
                            while (reader.pos < end2) {
                                let tag2 = reader.tag();
                                wireType = tag2 & 7;
                                switch (tag2 >>>= 3) {
                                case 1:
                                    if (wireType !== 2)
                                        break;
                                    key = reader.stringVerify();
                                    continue;
                                case 2:
                                    if (wireType !== 2)
                                        break;
                                    value = reader.stringVerify();
                                    continue;
                                }
                                reader.skipType(wireType, _depth, tag2);
                            }
                            if (reader.pos !== end2)
                                throw $RangeError("index out of range");
                            reader.len = end;
                            if (key === "__proto__")
                                $util.makeProp(message.labels, key);
                            message.labels[key] = value;
                            continue;
                        }
                    case 10: {
                            if (wireType !== 2)
                                break;
                            if (message.options === $util.emptyObject)
                                message.options = {};
                            let end2 = reader.size() + reader.pos;
                            if (end2 > reader.len)
                                throw $RangeError("index out of range");
                            reader.len = end2;
                            key = "";
                            value = "";
                            while (reader.pos < end2) {
                                let tag2 = reader.tag();
                                wireType = tag2 & 7;
                                switch (tag2 >>>= 3) {
                                case 1:
                                    if (wireType !== 2)
                                        break;
                                    key = reader.stringVerify();
                                    continue;
                                case 2:
                                    if (wireType !== 2)
                                        break;
                                    value = reader.stringVerify();
                                    continue;
                                }
                                reader.skipType(wireType, _depth, tag2);
                            }
                            if (reader.pos !== end2)
                                throw $RangeError("index out of range");
                            reader.len = end;
                            if (key === "__proto__")
                                $util.makeProp(message.options, key);
                            message.options[key] = value;
                            continue;
                        }
                    case 60: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.ipv6 = value;
                            else
                                delete message.ipv6;
                            continue;
                        }
                    case 61: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.subnet6 = value;
                            else
                                delete message.subnet6;
                            continue;
                        }
                    case 62: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.gateway6 = value;
                            else
                                delete message.gateway6;
                            continue;
                        }
                    case 63: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.ipRange6 = value;
                            else
                                delete message.ipRange6;
                            continue;
                        }
                    case 64: {
                            if (wireType !== 2)
                                break;
                            if (message.auxAddresses === $util.emptyObject)
                                message.auxAddresses = {};
                            let end2 = reader.size() + reader.pos;
                            if (end2 > reader.len)
                                throw $RangeError("index out of range");
                            reader.len = end2;
                            key = "";
                            value = "";
                            while (reader.pos < end2) {
                                let tag2 = reader.tag();
                                wireType = tag2 & 7;
                                switch (tag2 >>>= 3) {
                                case 1:
                                    if (wireType !== 2)
                                        break;
                                    key = reader.stringVerify();
                                    continue;
                                case 2:
                                    if (wireType !== 2)
                                        break;
                                    value = reader.stringVerify();
                                    continue;
                                }
                                reader.skipType(wireType, _depth, tag2);
                            }
                            if (reader.pos !== end2)
                                throw $RangeError("index out of range");
                            reader.len = end;
                            if (key === "__proto__")
                                $util.makeProp(message.auxAddresses, key);
                            message.auxAddresses[key] = value;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Creates a NetworkCreateRequest message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof vxnet.v1.NetworkCreateRequest
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {vxnet.v1.NetworkCreateRequest} NetworkCreateRequest
             */
            NetworkCreateRequest.fromObject = function (object, _depth) {
                if (object instanceof $root.vxnet.v1.NetworkCreateRequest)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".vxnet.v1.NetworkCreateRequest: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.vxnet.v1.NetworkCreateRequest();
                if (object.version != null)
                    if ($Number(object.version) !== 0)
                        message.version = object.version >>> 0;
                if (object.name != null)
                    if (typeof object.name !== "string" || object.name.length)
                        message.name = $String(object.name);
                if (object.driver !== 0 && (typeof object.driver !== "string" || $root.vxnet.v1.Driver[object.driver] !== 0))
                    switch (object.driver) {
                    case "DRIVER_UNSPECIFIED":
                    case 0:
                        message.driver = 0;
                        break;
                    case "OVERLAY":
                    case 1:
                        message.driver = 1;
                        break;
                    case "BRIDGE":
                    case 2:
                        message.driver = 2;
                        break;
                    default:
                        if (typeof object.driver === "number" && (object.driver | 0) === object.driver)
                            message.driver = object.driver;
                    }
                if (object.subnet != null)
                    if (typeof object.subnet !== "string" || object.subnet.length)
                        message.subnet = $String(object.subnet);
                if (object.gateway != null)
                    if (typeof object.gateway !== "string" || object.gateway.length)
                        message.gateway = $String(object.gateway);
                if (object.ipRange != null)
                    if (typeof object.ipRange !== "string" || object.ipRange.length)
                        message.ipRange = $String(object.ipRange);
                if (object.internal != null)
                    if (object.internal)
                        message.internal = $Boolean(object.internal);
                if (object.host != null)
                    if (typeof object.host !== "string" || object.host.length)
                        message.host = $String(object.host);
                if (object.labels) {
                    if (!$util.isObject(object.labels))
                        throw $TypeError(".vxnet.v1.NetworkCreateRequest.labels: object expected");
                    message.labels = {};
                    for (let keys = $Object.keys(object.labels), i = 0; i < keys.length; ++i) {
                        if (keys[i] === "__proto__")
                            $util.makeProp(message.labels, keys[i]);
                        message.labels[keys[i]] = $String(object.labels[keys[i]]);
                    }
                }
                if (object.options) {
                    if (!$util.isObject(object.options))
                        throw $TypeError(".vxnet.v1.NetworkCreateRequest.options: object expected");
                    message.options = {};
                    for (let keys = $Object.keys(object.options), i = 0; i < keys.length; ++i) {
                        if (keys[i] === "__proto__")
                            $util.makeProp(message.options, keys[i]);
                        message.options[keys[i]] = $String(object.options[keys[i]]);
                    }
                }
                if (object.ipv6 != null)
                    if (object.ipv6)
                        message.ipv6 = $Boolean(object.ipv6);
                if (object.subnet6 != null)
                    if (typeof object.subnet6 !== "string" || object.subnet6.length)
                        message.subnet6 = $String(object.subnet6);
                if (object.gateway6 != null)
                    if (typeof object.gateway6 !== "string" || object.gateway6.length)
                        message.gateway6 = $String(object.gateway6);
                if (object.ipRange6 != null)
                    if (typeof object.ipRange6 !== "string" || object.ipRange6.length)
                        message.ipRange6 = $String(object.ipRange6);
                if (object.auxAddresses) {
                    if (!$util.isObject(object.auxAddresses))
                        throw $TypeError(".vxnet.v1.NetworkCreateRequest.auxAddresses: object expected");
                    message.auxAddresses = {};
                    for (let keys = $Object.keys(object.auxAddresses), i = 0; i < keys.length; ++i) {
                        if (keys[i] === "__proto__")
                            $util.makeProp(message.auxAddresses, keys[i]);
                        message.auxAddresses[keys[i]] = $String(object.auxAddresses[keys[i]]);
                    }
                }
                return message;
            };

            /**
             * Creates a plain object from a NetworkCreateRequest message. Also converts values to other types if specified.
             * @function toObject
             * @memberof vxnet.v1.NetworkCreateRequest
             * @static
             * @param {vxnet.v1.NetworkCreateRequest} message NetworkCreateRequest
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            NetworkCreateRequest.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.objects || options.defaults) {
                    object.labels = {};
                    object.options = {};
                    object.auxAddresses = {};
                }
                if (options.defaults) {
                    object.version = 0;
                    object.name = "";
                    object.driver = options.enums === $String ? "DRIVER_UNSPECIFIED" : 0;
                    object.subnet = "";
                    object.gateway = "";
                    object.ipRange = "";
                    object.internal = false;
                    object.host = "";
                    object.ipv6 = false;
                    object.subnet6 = "";
                    object.gateway6 = "";
                    object.ipRange6 = "";
                }
                if (message.version != null && $Object.hasOwnProperty.call(message, "version"))
                    object.version = message.version;
                if (message.name != null && $Object.hasOwnProperty.call(message, "name"))
                    object.name = message.name;
                if (message.driver != null && $Object.hasOwnProperty.call(message, "driver"))
                    object.driver = options.enums === $String ? $root.vxnet.v1.Driver[message.driver] === $undefined ? message.driver : $root.vxnet.v1.Driver[message.driver] : message.driver;
                if (message.subnet != null && $Object.hasOwnProperty.call(message, "subnet"))
                    object.subnet = message.subnet;
                if (message.gateway != null && $Object.hasOwnProperty.call(message, "gateway"))
                    object.gateway = message.gateway;
                if (message.ipRange != null && $Object.hasOwnProperty.call(message, "ipRange"))
                    object.ipRange = message.ipRange;
                if (message.internal != null && $Object.hasOwnProperty.call(message, "internal"))
                    object.internal = message.internal;
                if (message.host != null && $Object.hasOwnProperty.call(message, "host"))
                    object.host = message.host;
                let keys2;
                if (message.labels && (keys2 = $Object.keys(message.labels)).length) {
                    object.labels = {};
                    for (let j = 0; j < keys2.length; ++j) {
                        if (keys2[j] === "__proto__")
                            $util.makeProp(object.labels, keys2[j]);
                        object.labels[keys2[j]] = message.labels[keys2[j]];
                    }
                }
                if (message.options && (keys2 = $Object.keys(message.options)).length) {
                    object.options = {};
                    for (let j = 0; j < keys2.length; ++j) {
                        if (keys2[j] === "__proto__")
                            $util.makeProp(object.options, keys2[j]);
                        object.options[keys2[j]] = message.options[keys2[j]];
                    }
                }
                if (message.ipv6 != null && $Object.hasOwnProperty.call(message, "ipv6"))
                    object.ipv6 = message.ipv6;
                if (message.subnet6 != null && $Object.hasOwnProperty.call(message, "subnet6"))
                    object.subnet6 = message.subnet6;
                if (message.gateway6 != null && $Object.hasOwnProperty.call(message, "gateway6"))
                    object.gateway6 = message.gateway6;
                if (message.ipRange6 != null && $Object.hasOwnProperty.call(message, "ipRange6"))
                    object.ipRange6 = message.ipRange6;
                if (message.auxAddresses && (keys2 = $Object.keys(message.auxAddresses)).length) {
                    object.auxAddresses = {};
                    for (let j = 0; j < keys2.length; ++j) {
                        if (keys2[j] === "__proto__")
                            $util.makeProp(object.auxAddresses, keys2[j]);
                        object.auxAddresses[keys2[j]] = message.auxAddresses[keys2[j]];
                    }
                }
                return object;
            };

            /**
             * Converts this NetworkCreateRequest to JSON.
             * @function toJSON
             * @memberof vxnet.v1.NetworkCreateRequest
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            NetworkCreateRequest.prototype.toJSON = function() {
                return NetworkCreateRequest.toObject(this, $protobuf.util.toJSONOptions);
            };

            return NetworkCreateRequest;
        })();

        v1.NameRequest = (function() {

            /**
             * Properties of a NameRequest.
             * @typedef {Object} vxnet.v1.NameRequest.$Properties
             * @property {number|null} [version] NameRequest version
             * @property {Array.<string>|null} [names] NameRequest names
             * @property {boolean|null} [force] NameRequest force
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a NameRequest.
             * @memberof vxnet.v1
             * @interface INameRequest
             * @augments vxnet.v1.NameRequest.$Properties
             * @deprecated Use vxnet.v1.NameRequest.$Properties instead.
             */

            /**
             * Shape of a NameRequest.
             * @typedef {vxnet.v1.NameRequest.$Properties} vxnet.v1.NameRequest.$Shape
             */

            /**
             * Constructs a new NameRequest.
             * @memberof vxnet.v1
             * @classdesc Represents a NameRequest.
             * @constructor
             * @param {vxnet.v1.NameRequest.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const NameRequest = function (properties) {
                this.names = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * NameRequest version.
             * @member {number} version
             * @memberof vxnet.v1.NameRequest
             * @instance
             */
            NameRequest.prototype.version = 0;

            /**
             * NameRequest names.
             * @member {Array.<string>} names
             * @memberof vxnet.v1.NameRequest
             * @instance
             */
            NameRequest.prototype.names = $util.emptyArray;

            /**
             * NameRequest force.
             * @member {boolean} force
             * @memberof vxnet.v1.NameRequest
             * @instance
             */
            NameRequest.prototype.force = false;

            /**
             * Creates a new NameRequest instance using the specified properties.
             * @function create
             * @memberof vxnet.v1.NameRequest
             * @static
             * @param {vxnet.v1.NameRequest.$Properties=} [properties] Properties to set
             * @returns {vxnet.v1.NameRequest} NameRequest instance
             * @type {{
             *   (properties: vxnet.v1.NameRequest.$Shape): vxnet.v1.NameRequest & vxnet.v1.NameRequest.$Shape;
             *   (properties?: vxnet.v1.NameRequest.$Properties): vxnet.v1.NameRequest;
             * }}
             */
            NameRequest.create = function(properties) {
                return new NameRequest(properties);
            };

            /**
             * Encodes the specified NameRequest message. Does not implicitly {@link vxnet.v1.NameRequest.verify|verify} messages.
             * @function encode
             * @memberof vxnet.v1.NameRequest
             * @static
             * @param {vxnet.v1.NameRequest.$Properties} message NameRequest message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            NameRequest.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.version != null && $Object.hasOwnProperty.call(message, "version") && message.version !== 0)
                    writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.version);
                if (message.names != null && message.names.length)
                    for (let i = 0; i < message.names.length; ++i)
                        writer.uint32(/* id 2, wireType 2 =*/18).string(message.names[i]);
                if (message.force != null && $Object.hasOwnProperty.call(message, "force") && message.force !== false)
                    writer.uint32(/* id 3, wireType 0 =*/24).bool(message.force);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a NameRequest message from the specified reader or buffer.
             * @function decode
             * @memberof vxnet.v1.NameRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {vxnet.v1.NameRequest & vxnet.v1.NameRequest.$Shape} NameRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            NameRequest.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.vxnet.v1.NameRequest();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.version = value;
                            else
                                delete message.version;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if (!(message.names && message.names.length))
                                message.names = [];
                            message.names.push(reader.stringVerify());
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.force = value;
                            else
                                delete message.force;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Creates a NameRequest message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof vxnet.v1.NameRequest
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {vxnet.v1.NameRequest} NameRequest
             */
            NameRequest.fromObject = function (object, _depth) {
                if (object instanceof $root.vxnet.v1.NameRequest)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".vxnet.v1.NameRequest: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.vxnet.v1.NameRequest();
                if (object.version != null)
                    if ($Number(object.version) !== 0)
                        message.version = object.version >>> 0;
                if (object.names) {
                    if (!$Array.isArray(object.names))
                        throw $TypeError(".vxnet.v1.NameRequest.names: array expected");
                    message.names = $Array(object.names.length);
                    for (let i = 0; i < object.names.length; ++i)
                        message.names[i] = $String(object.names[i]);
                }
                if (object.force != null)
                    if (object.force)
                        message.force = $Boolean(object.force);
                return message;
            };

            /**
             * Creates a plain object from a NameRequest message. Also converts values to other types if specified.
             * @function toObject
             * @memberof vxnet.v1.NameRequest
             * @static
             * @param {vxnet.v1.NameRequest} message NameRequest
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            NameRequest.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults)
                    object.names = [];
                if (options.defaults) {
                    object.version = 0;
                    object.force = false;
                }
                if (message.version != null && $Object.hasOwnProperty.call(message, "version"))
                    object.version = message.version;
                if (message.names && message.names.length) {
                    object.names = $Array(message.names.length);
                    for (let j = 0; j < message.names.length; ++j)
                        object.names[j] = message.names[j];
                }
                if (message.force != null && $Object.hasOwnProperty.call(message, "force"))
                    object.force = message.force;
                return object;
            };

            /**
             * Converts this NameRequest to JSON.
             * @function toJSON
             * @memberof vxnet.v1.NameRequest
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            NameRequest.prototype.toJSON = function() {
                return NameRequest.toObject(this, $protobuf.util.toJSONOptions);
            };

            return NameRequest;
        })();

        v1.EndpointView = (function() {

            /**
             * Properties of an EndpointView.
             * @typedef {Object} vxnet.v1.EndpointView.$Properties
             * @property {string|null} [workload] EndpointView workload
             * @property {string|null} [host] EndpointView host
             * @property {string|null} [ip] EndpointView ip
             * @property {string|null} [mac] EndpointView mac
             * @property {Array.<string>|null} [aliases] EndpointView aliases
             * @property {string|null} [vtep] EndpointView vtep
             * @property {vxnet.v1.EndpointKind|null} [kind] EndpointView kind
             * @property {string|null} [containerId] EndpointView containerId
             * @property {string|null} [ip6] EndpointView ip6
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an EndpointView.
             * @memberof vxnet.v1
             * @interface IEndpointView
             * @augments vxnet.v1.EndpointView.$Properties
             * @deprecated Use vxnet.v1.EndpointView.$Properties instead.
             */

            /**
             * Shape of an EndpointView.
             * @typedef {vxnet.v1.EndpointView.$Properties} vxnet.v1.EndpointView.$Shape
             */

            /**
             * Constructs a new EndpointView.
             * @memberof vxnet.v1
             * @classdesc Represents an EndpointView.
             * @constructor
             * @param {vxnet.v1.EndpointView.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const EndpointView = function (properties) {
                this.aliases = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * EndpointView workload.
             * @member {string} workload
             * @memberof vxnet.v1.EndpointView
             * @instance
             */
            EndpointView.prototype.workload = "";

            /**
             * EndpointView host.
             * @member {string} host
             * @memberof vxnet.v1.EndpointView
             * @instance
             */
            EndpointView.prototype.host = "";

            /**
             * EndpointView ip.
             * @member {string} ip
             * @memberof vxnet.v1.EndpointView
             * @instance
             */
            EndpointView.prototype.ip = "";

            /**
             * EndpointView mac.
             * @member {string} mac
             * @memberof vxnet.v1.EndpointView
             * @instance
             */
            EndpointView.prototype.mac = "";

            /**
             * EndpointView aliases.
             * @member {Array.<string>} aliases
             * @memberof vxnet.v1.EndpointView
             * @instance
             */
            EndpointView.prototype.aliases = $util.emptyArray;

            /**
             * EndpointView vtep.
             * @member {string} vtep
             * @memberof vxnet.v1.EndpointView
             * @instance
             */
            EndpointView.prototype.vtep = "";

            /**
             * EndpointView kind.
             * @member {vxnet.v1.EndpointKind} kind
             * @memberof vxnet.v1.EndpointView
             * @instance
             */
            EndpointView.prototype.kind = 0;

            /**
             * EndpointView containerId.
             * @member {string} containerId
             * @memberof vxnet.v1.EndpointView
             * @instance
             */
            EndpointView.prototype.containerId = "";

            /**
             * EndpointView ip6.
             * @member {string} ip6
             * @memberof vxnet.v1.EndpointView
             * @instance
             */
            EndpointView.prototype.ip6 = "";

            /**
             * Creates a new EndpointView instance using the specified properties.
             * @function create
             * @memberof vxnet.v1.EndpointView
             * @static
             * @param {vxnet.v1.EndpointView.$Properties=} [properties] Properties to set
             * @returns {vxnet.v1.EndpointView} EndpointView instance
             * @type {{
             *   (properties: vxnet.v1.EndpointView.$Shape): vxnet.v1.EndpointView & vxnet.v1.EndpointView.$Shape;
             *   (properties?: vxnet.v1.EndpointView.$Properties): vxnet.v1.EndpointView;
             * }}
             */
            EndpointView.create = function(properties) {
                return new EndpointView(properties);
            };

            /**
             * Encodes the specified EndpointView message. Does not implicitly {@link vxnet.v1.EndpointView.verify|verify} messages.
             * @function encode
             * @memberof vxnet.v1.EndpointView
             * @static
             * @param {vxnet.v1.EndpointView.$Properties} message EndpointView message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            EndpointView.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.workload != null && $Object.hasOwnProperty.call(message, "workload") && message.workload !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.workload);
                if (message.host != null && $Object.hasOwnProperty.call(message, "host") && message.host !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.host);
                if (message.ip != null && $Object.hasOwnProperty.call(message, "ip") && message.ip !== "")
                    writer.uint32(/* id 3, wireType 2 =*/26).string(message.ip);
                if (message.mac != null && $Object.hasOwnProperty.call(message, "mac") && message.mac !== "")
                    writer.uint32(/* id 4, wireType 2 =*/34).string(message.mac);
                if (message.aliases != null && message.aliases.length)
                    for (let i = 0; i < message.aliases.length; ++i)
                        writer.uint32(/* id 5, wireType 2 =*/42).string(message.aliases[i]);
                if (message.vtep != null && $Object.hasOwnProperty.call(message, "vtep") && message.vtep !== "")
                    writer.uint32(/* id 6, wireType 2 =*/50).string(message.vtep);
                if (message.kind != null && $Object.hasOwnProperty.call(message, "kind") && message.kind !== 0)
                    writer.uint32(/* id 20, wireType 0 =*/160).int32(message.kind);
                if (message.containerId != null && $Object.hasOwnProperty.call(message, "containerId") && message.containerId !== "")
                    writer.uint32(/* id 21, wireType 2 =*/170).string(message.containerId);
                if (message.ip6 != null && $Object.hasOwnProperty.call(message, "ip6") && message.ip6 !== "")
                    writer.uint32(/* id 60, wireType 2 =*/482).string(message.ip6);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes an EndpointView message from the specified reader or buffer.
             * @function decode
             * @memberof vxnet.v1.EndpointView
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {vxnet.v1.EndpointView & vxnet.v1.EndpointView.$Shape} EndpointView
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            EndpointView.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.vxnet.v1.EndpointView();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.workload = value;
                            else
                                delete message.workload;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.host = value;
                            else
                                delete message.host;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.ip = value;
                            else
                                delete message.ip;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.mac = value;
                            else
                                delete message.mac;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            if (!(message.aliases && message.aliases.length))
                                message.aliases = [];
                            message.aliases.push(reader.stringVerify());
                            continue;
                        }
                    case 6: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.vtep = value;
                            else
                                delete message.vtep;
                            continue;
                        }
                    case 20: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.kind = value;
                            else
                                delete message.kind;
                            continue;
                        }
                    case 21: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.containerId = value;
                            else
                                delete message.containerId;
                            continue;
                        }
                    case 60: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.ip6 = value;
                            else
                                delete message.ip6;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Creates an EndpointView message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof vxnet.v1.EndpointView
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {vxnet.v1.EndpointView} EndpointView
             */
            EndpointView.fromObject = function (object, _depth) {
                if (object instanceof $root.vxnet.v1.EndpointView)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".vxnet.v1.EndpointView: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.vxnet.v1.EndpointView();
                if (object.workload != null)
                    if (typeof object.workload !== "string" || object.workload.length)
                        message.workload = $String(object.workload);
                if (object.host != null)
                    if (typeof object.host !== "string" || object.host.length)
                        message.host = $String(object.host);
                if (object.ip != null)
                    if (typeof object.ip !== "string" || object.ip.length)
                        message.ip = $String(object.ip);
                if (object.mac != null)
                    if (typeof object.mac !== "string" || object.mac.length)
                        message.mac = $String(object.mac);
                if (object.aliases) {
                    if (!$Array.isArray(object.aliases))
                        throw $TypeError(".vxnet.v1.EndpointView.aliases: array expected");
                    message.aliases = $Array(object.aliases.length);
                    for (let i = 0; i < object.aliases.length; ++i)
                        message.aliases[i] = $String(object.aliases[i]);
                }
                if (object.vtep != null)
                    if (typeof object.vtep !== "string" || object.vtep.length)
                        message.vtep = $String(object.vtep);
                if (object.kind !== 0 && (typeof object.kind !== "string" || $root.vxnet.v1.EndpointKind[object.kind] !== 0))
                    switch (object.kind) {
                    case "KIND_WORKLOAD":
                    case 0:
                        message.kind = 0;
                        break;
                    case "KIND_DOCKER":
                    case 1:
                        message.kind = 1;
                        break;
                    case "KIND_CNI":
                    case 2:
                        message.kind = 2;
                        break;
                    default:
                        if (typeof object.kind === "number" && (object.kind | 0) === object.kind)
                            message.kind = object.kind;
                    }
                if (object.containerId != null)
                    if (typeof object.containerId !== "string" || object.containerId.length)
                        message.containerId = $String(object.containerId);
                if (object.ip6 != null)
                    if (typeof object.ip6 !== "string" || object.ip6.length)
                        message.ip6 = $String(object.ip6);
                return message;
            };

            /**
             * Creates a plain object from an EndpointView message. Also converts values to other types if specified.
             * @function toObject
             * @memberof vxnet.v1.EndpointView
             * @static
             * @param {vxnet.v1.EndpointView} message EndpointView
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            EndpointView.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults)
                    object.aliases = [];
                if (options.defaults) {
                    object.workload = "";
                    object.host = "";
                    object.ip = "";
                    object.mac = "";
                    object.vtep = "";
                    object.kind = options.enums === $String ? "KIND_WORKLOAD" : 0;
                    object.containerId = "";
                    object.ip6 = "";
                }
                if (message.workload != null && $Object.hasOwnProperty.call(message, "workload"))
                    object.workload = message.workload;
                if (message.host != null && $Object.hasOwnProperty.call(message, "host"))
                    object.host = message.host;
                if (message.ip != null && $Object.hasOwnProperty.call(message, "ip"))
                    object.ip = message.ip;
                if (message.mac != null && $Object.hasOwnProperty.call(message, "mac"))
                    object.mac = message.mac;
                if (message.aliases && message.aliases.length) {
                    object.aliases = $Array(message.aliases.length);
                    for (let j = 0; j < message.aliases.length; ++j)
                        object.aliases[j] = message.aliases[j];
                }
                if (message.vtep != null && $Object.hasOwnProperty.call(message, "vtep"))
                    object.vtep = message.vtep;
                if (message.kind != null && $Object.hasOwnProperty.call(message, "kind"))
                    object.kind = options.enums === $String ? $root.vxnet.v1.EndpointKind[message.kind] === $undefined ? message.kind : $root.vxnet.v1.EndpointKind[message.kind] : message.kind;
                if (message.containerId != null && $Object.hasOwnProperty.call(message, "containerId"))
                    object.containerId = message.containerId;
                if (message.ip6 != null && $Object.hasOwnProperty.call(message, "ip6"))
                    object.ip6 = message.ip6;
                return object;
            };

            /**
             * Converts this EndpointView to JSON.
             * @function toJSON
             * @memberof vxnet.v1.EndpointView
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            EndpointView.prototype.toJSON = function() {
                return EndpointView.toObject(this, $protobuf.util.toJSONOptions);
            };

            return EndpointView;
        })();

        v1.NetworkView = (function() {

            /**
             * Properties of a NetworkView.
             * @typedef {Object} vxnet.v1.NetworkView.$Properties
             * @property {vxnet.v1.Network.$Properties|null} [network] NetworkView network
             * @property {Array.<vxnet.v1.EndpointView.$Properties>|null} [endpoints] NetworkView endpoints
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a NetworkView.
             * @memberof vxnet.v1
             * @interface INetworkView
             * @augments vxnet.v1.NetworkView.$Properties
             * @deprecated Use vxnet.v1.NetworkView.$Properties instead.
             */

            /**
             * Shape of a NetworkView.
             * @typedef {vxnet.v1.NetworkView.$Properties} vxnet.v1.NetworkView.$Shape
             */

            /**
             * Constructs a new NetworkView.
             * @memberof vxnet.v1
             * @classdesc Represents a NetworkView.
             * @constructor
             * @param {vxnet.v1.NetworkView.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const NetworkView = function (properties) {
                this.endpoints = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * NetworkView network.
             * @member {vxnet.v1.Network.$Properties|null|undefined} network
             * @memberof vxnet.v1.NetworkView
             * @instance
             */
            NetworkView.prototype.network = null;

            /**
             * NetworkView endpoints.
             * @member {Array.<vxnet.v1.EndpointView.$Properties>} endpoints
             * @memberof vxnet.v1.NetworkView
             * @instance
             */
            NetworkView.prototype.endpoints = $util.emptyArray;

            /**
             * Creates a new NetworkView instance using the specified properties.
             * @function create
             * @memberof vxnet.v1.NetworkView
             * @static
             * @param {vxnet.v1.NetworkView.$Properties=} [properties] Properties to set
             * @returns {vxnet.v1.NetworkView} NetworkView instance
             * @type {{
             *   (properties: vxnet.v1.NetworkView.$Shape): vxnet.v1.NetworkView & vxnet.v1.NetworkView.$Shape;
             *   (properties?: vxnet.v1.NetworkView.$Properties): vxnet.v1.NetworkView;
             * }}
             */
            NetworkView.create = function(properties) {
                return new NetworkView(properties);
            };

            /**
             * Encodes the specified NetworkView message. Does not implicitly {@link vxnet.v1.NetworkView.verify|verify} messages.
             * @function encode
             * @memberof vxnet.v1.NetworkView
             * @static
             * @param {vxnet.v1.NetworkView.$Properties} message NetworkView message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            NetworkView.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.network != null && $Object.hasOwnProperty.call(message, "network"))
                    $root.vxnet.v1.Network.encode(message.network, writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                if (message.endpoints != null && message.endpoints.length)
                    for (let i = 0; i < message.endpoints.length; ++i)
                        $root.vxnet.v1.EndpointView.encode(message.endpoints[i], writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a NetworkView message from the specified reader or buffer.
             * @function decode
             * @memberof vxnet.v1.NetworkView
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {vxnet.v1.NetworkView & vxnet.v1.NetworkView.$Shape} NetworkView
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            NetworkView.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.vxnet.v1.NetworkView();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            message.network = $root.vxnet.v1.Network.decode(reader, reader.size(), $undefined, _depth + 1, message.network);
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if (!(message.endpoints && message.endpoints.length))
                                message.endpoints = [];
                            message.endpoints.push($root.vxnet.v1.EndpointView.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Creates a NetworkView message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof vxnet.v1.NetworkView
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {vxnet.v1.NetworkView} NetworkView
             */
            NetworkView.fromObject = function (object, _depth) {
                if (object instanceof $root.vxnet.v1.NetworkView)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".vxnet.v1.NetworkView: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.vxnet.v1.NetworkView();
                if (object.network != null) {
                    if (!$util.isObject(object.network))
                        throw $TypeError(".vxnet.v1.NetworkView.network: object expected");
                    message.network = $root.vxnet.v1.Network.fromObject(object.network, _depth + 1);
                }
                if (object.endpoints) {
                    if (!$Array.isArray(object.endpoints))
                        throw $TypeError(".vxnet.v1.NetworkView.endpoints: array expected");
                    message.endpoints = $Array(object.endpoints.length);
                    for (let i = 0; i < object.endpoints.length; ++i) {
                        if (!$util.isObject(object.endpoints[i]))
                            throw $TypeError(".vxnet.v1.NetworkView.endpoints: object expected");
                        message.endpoints[i] = $root.vxnet.v1.EndpointView.fromObject(object.endpoints[i], _depth + 1);
                    }
                }
                return message;
            };

            /**
             * Creates a plain object from a NetworkView message. Also converts values to other types if specified.
             * @function toObject
             * @memberof vxnet.v1.NetworkView
             * @static
             * @param {vxnet.v1.NetworkView} message NetworkView
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            NetworkView.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults)
                    object.endpoints = [];
                if (options.defaults)
                    object.network = null;
                if (message.network != null && $Object.hasOwnProperty.call(message, "network"))
                    object.network = $root.vxnet.v1.Network.toObject(message.network, options, _depth + 1);
                if (message.endpoints && message.endpoints.length) {
                    object.endpoints = $Array(message.endpoints.length);
                    for (let j = 0; j < message.endpoints.length; ++j)
                        object.endpoints[j] = $root.vxnet.v1.EndpointView.toObject(message.endpoints[j], options, _depth + 1);
                }
                return object;
            };

            /**
             * Converts this NetworkView to JSON.
             * @function toJSON
             * @memberof vxnet.v1.NetworkView
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            NetworkView.prototype.toJSON = function() {
                return NetworkView.toObject(this, $protobuf.util.toJSONOptions);
            };

            return NetworkView;
        })();

        v1.NetworkReply = (function() {

            /**
             * Properties of a NetworkReply.
             * @typedef {Object} vxnet.v1.NetworkReply.$Properties
             * @property {number|null} [version] NetworkReply version
             * @property {vxnet.v1.Error.$Properties|null} [error] NetworkReply error
             * @property {Array.<vxnet.v1.NetworkView.$Properties>|null} [networks] NetworkReply networks
             * @property {Array.<string>|null} [removed] NetworkReply removed
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a NetworkReply.
             * @memberof vxnet.v1
             * @interface INetworkReply
             * @augments vxnet.v1.NetworkReply.$Properties
             * @deprecated Use vxnet.v1.NetworkReply.$Properties instead.
             */

            /**
             * Shape of a NetworkReply.
             * @typedef {vxnet.v1.NetworkReply.$Properties} vxnet.v1.NetworkReply.$Shape
             */

            /**
             * Constructs a new NetworkReply.
             * @memberof vxnet.v1
             * @classdesc Represents a NetworkReply.
             * @constructor
             * @param {vxnet.v1.NetworkReply.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const NetworkReply = function (properties) {
                this.networks = [];
                this.removed = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * NetworkReply version.
             * @member {number} version
             * @memberof vxnet.v1.NetworkReply
             * @instance
             */
            NetworkReply.prototype.version = 0;

            /**
             * NetworkReply error.
             * @member {vxnet.v1.Error.$Properties|null|undefined} error
             * @memberof vxnet.v1.NetworkReply
             * @instance
             */
            NetworkReply.prototype.error = null;

            /**
             * NetworkReply networks.
             * @member {Array.<vxnet.v1.NetworkView.$Properties>} networks
             * @memberof vxnet.v1.NetworkReply
             * @instance
             */
            NetworkReply.prototype.networks = $util.emptyArray;

            /**
             * NetworkReply removed.
             * @member {Array.<string>} removed
             * @memberof vxnet.v1.NetworkReply
             * @instance
             */
            NetworkReply.prototype.removed = $util.emptyArray;

            /**
             * Creates a new NetworkReply instance using the specified properties.
             * @function create
             * @memberof vxnet.v1.NetworkReply
             * @static
             * @param {vxnet.v1.NetworkReply.$Properties=} [properties] Properties to set
             * @returns {vxnet.v1.NetworkReply} NetworkReply instance
             * @type {{
             *   (properties: vxnet.v1.NetworkReply.$Shape): vxnet.v1.NetworkReply & vxnet.v1.NetworkReply.$Shape;
             *   (properties?: vxnet.v1.NetworkReply.$Properties): vxnet.v1.NetworkReply;
             * }}
             */
            NetworkReply.create = function(properties) {
                return new NetworkReply(properties);
            };

            /**
             * Encodes the specified NetworkReply message. Does not implicitly {@link vxnet.v1.NetworkReply.verify|verify} messages.
             * @function encode
             * @memberof vxnet.v1.NetworkReply
             * @static
             * @param {vxnet.v1.NetworkReply.$Properties} message NetworkReply message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            NetworkReply.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.version != null && $Object.hasOwnProperty.call(message, "version") && message.version !== 0)
                    writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.version);
                if (message.error != null && $Object.hasOwnProperty.call(message, "error"))
                    $root.vxnet.v1.Error.encode(message.error, writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
                if (message.networks != null && message.networks.length)
                    for (let i = 0; i < message.networks.length; ++i)
                        $root.vxnet.v1.NetworkView.encode(message.networks[i], writer.uint32(/* id 3, wireType 2 =*/26).fork(), _depth + 1).ldelim();
                if (message.removed != null && message.removed.length)
                    for (let i = 0; i < message.removed.length; ++i)
                        writer.uint32(/* id 4, wireType 2 =*/34).string(message.removed[i]);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a NetworkReply message from the specified reader or buffer.
             * @function decode
             * @memberof vxnet.v1.NetworkReply
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {vxnet.v1.NetworkReply & vxnet.v1.NetworkReply.$Shape} NetworkReply
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            NetworkReply.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.vxnet.v1.NetworkReply();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.version = value;
                            else
                                delete message.version;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            message.error = $root.vxnet.v1.Error.decode(reader, reader.size(), $undefined, _depth + 1, message.error);
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if (!(message.networks && message.networks.length))
                                message.networks = [];
                            message.networks.push($root.vxnet.v1.NetworkView.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if (!(message.removed && message.removed.length))
                                message.removed = [];
                            message.removed.push(reader.stringVerify());
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Creates a NetworkReply message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof vxnet.v1.NetworkReply
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {vxnet.v1.NetworkReply} NetworkReply
             */
            NetworkReply.fromObject = function (object, _depth) {
                if (object instanceof $root.vxnet.v1.NetworkReply)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".vxnet.v1.NetworkReply: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.vxnet.v1.NetworkReply();
                if (object.version != null)
                    if ($Number(object.version) !== 0)
                        message.version = object.version >>> 0;
                if (object.error != null) {
                    if (!$util.isObject(object.error))
                        throw $TypeError(".vxnet.v1.NetworkReply.error: object expected");
                    message.error = $root.vxnet.v1.Error.fromObject(object.error, _depth + 1);
                }
                if (object.networks) {
                    if (!$Array.isArray(object.networks))
                        throw $TypeError(".vxnet.v1.NetworkReply.networks: array expected");
                    message.networks = $Array(object.networks.length);
                    for (let i = 0; i < object.networks.length; ++i) {
                        if (!$util.isObject(object.networks[i]))
                            throw $TypeError(".vxnet.v1.NetworkReply.networks: object expected");
                        message.networks[i] = $root.vxnet.v1.NetworkView.fromObject(object.networks[i], _depth + 1);
                    }
                }
                if (object.removed) {
                    if (!$Array.isArray(object.removed))
                        throw $TypeError(".vxnet.v1.NetworkReply.removed: array expected");
                    message.removed = $Array(object.removed.length);
                    for (let i = 0; i < object.removed.length; ++i)
                        message.removed[i] = $String(object.removed[i]);
                }
                return message;
            };

            /**
             * Creates a plain object from a NetworkReply message. Also converts values to other types if specified.
             * @function toObject
             * @memberof vxnet.v1.NetworkReply
             * @static
             * @param {vxnet.v1.NetworkReply} message NetworkReply
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            NetworkReply.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults) {
                    object.networks = [];
                    object.removed = [];
                }
                if (options.defaults) {
                    object.version = 0;
                    object.error = null;
                }
                if (message.version != null && $Object.hasOwnProperty.call(message, "version"))
                    object.version = message.version;
                if (message.error != null && $Object.hasOwnProperty.call(message, "error"))
                    object.error = $root.vxnet.v1.Error.toObject(message.error, options, _depth + 1);
                if (message.networks && message.networks.length) {
                    object.networks = $Array(message.networks.length);
                    for (let j = 0; j < message.networks.length; ++j)
                        object.networks[j] = $root.vxnet.v1.NetworkView.toObject(message.networks[j], options, _depth + 1);
                }
                if (message.removed && message.removed.length) {
                    object.removed = $Array(message.removed.length);
                    for (let j = 0; j < message.removed.length; ++j)
                        object.removed[j] = message.removed[j];
                }
                return object;
            };

            /**
             * Converts this NetworkReply to JSON.
             * @function toJSON
             * @memberof vxnet.v1.NetworkReply
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            NetworkReply.prototype.toJSON = function() {
                return NetworkReply.toObject(this, $protobuf.util.toJSONOptions);
            };

            return NetworkReply;
        })();

        v1.RunRequest = (function() {

            /**
             * Properties of a RunRequest.
             * @typedef {Object} vxnet.v1.RunRequest.$Properties
             * @property {number|null} [version] RunRequest version
             * @property {string|null} [name] RunRequest name
             * @property {string|null} [host] RunRequest host
             * @property {Array.<string>|null} [networks] RunRequest networks
             * @property {string|null} [ip] RunRequest ip
             * @property {Array.<string>|null} [aliases] RunRequest aliases
             * @property {Array.<string>|null} [command] RunRequest command
             * @property {string|null} [hostname] RunRequest hostname
             * @property {Array.<string>|null} [dns] RunRequest dns
             * @property {Array.<string>|null} [dnsSearch] RunRequest dnsSearch
             * @property {Array.<string>|null} [dnsOptions] RunRequest dnsOptions
             * @property {Array.<string>|null} [addHosts] RunRequest addHosts
             * @property {Array.<string>|null} [publish] RunRequest publish
             * @property {boolean|null} [publishAll] RunRequest publishAll
             * @property {Array.<string>|null} [expose] RunRequest expose
             * @property {Object.<string,string>|null} [labels] RunRequest labels
             * @property {vxnet.v1.EndpointKind|null} [kind] RunRequest kind
             * @property {string|null} [containerId] RunRequest containerId
             * @property {string|null} [netnsPath] RunRequest netnsPath
             * @property {string|null} [ifname] RunRequest ifname
             * @property {string|null} [mac] RunRequest mac
             * @property {number|null} [mtu] RunRequest mtu
             * @property {Array.<string>|null} [env] RunRequest env
             * @property {boolean|null} [autoRemove] RunRequest autoRemove
             * @property {string|null} [restart] RunRequest restart
             * @property {string|null} [ip6] RunRequest ip6
             * @property {string|null} [requestId] RunRequest requestId
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a RunRequest.
             * @memberof vxnet.v1
             * @interface IRunRequest
             * @augments vxnet.v1.RunRequest.$Properties
             * @deprecated Use vxnet.v1.RunRequest.$Properties instead.
             */

            /**
             * Shape of a RunRequest.
             * @typedef {vxnet.v1.RunRequest.$Properties} vxnet.v1.RunRequest.$Shape
             */

            /**
             * Constructs a new RunRequest.
             * @memberof vxnet.v1
             * @classdesc Represents a RunRequest.
             * @constructor
             * @param {vxnet.v1.RunRequest.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const RunRequest = function (properties) {
                this.networks = [];
                this.aliases = [];
                this.command = [];
                this.dns = [];
                this.dnsSearch = [];
                this.dnsOptions = [];
                this.addHosts = [];
                this.publish = [];
                this.expose = [];
                this.labels = {};
                this.env = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * RunRequest version.
             * @member {number} version
             * @memberof vxnet.v1.RunRequest
             * @instance
             */
            RunRequest.prototype.version = 0;

            /**
             * RunRequest name.
             * @member {string} name
             * @memberof vxnet.v1.RunRequest
             * @instance
             */
            RunRequest.prototype.name = "";

            /**
             * RunRequest host.
             * @member {string} host
             * @memberof vxnet.v1.RunRequest
             * @instance
             */
            RunRequest.prototype.host = "";

            /**
             * RunRequest networks.
             * @member {Array.<string>} networks
             * @memberof vxnet.v1.RunRequest
             * @instance
             */
            RunRequest.prototype.networks = $util.emptyArray;

            /**
             * RunRequest ip.
             * @member {string} ip
             * @memberof vxnet.v1.RunRequest
             * @instance
             */
            RunRequest.prototype.ip = "";

            /**
             * RunRequest aliases.
             * @member {Array.<string>} aliases
             * @memberof vxnet.v1.RunRequest
             * @instance
             */
            RunRequest.prototype.aliases = $util.emptyArray;

            /**
             * RunRequest command.
             * @member {Array.<string>} command
             * @memberof vxnet.v1.RunRequest
             * @instance
             */
            RunRequest.prototype.command = $util.emptyArray;

            /**
             * RunRequest hostname.
             * @member {string} hostname
             * @memberof vxnet.v1.RunRequest
             * @instance
             */
            RunRequest.prototype.hostname = "";

            /**
             * RunRequest dns.
             * @member {Array.<string>} dns
             * @memberof vxnet.v1.RunRequest
             * @instance
             */
            RunRequest.prototype.dns = $util.emptyArray;

            /**
             * RunRequest dnsSearch.
             * @member {Array.<string>} dnsSearch
             * @memberof vxnet.v1.RunRequest
             * @instance
             */
            RunRequest.prototype.dnsSearch = $util.emptyArray;

            /**
             * RunRequest dnsOptions.
             * @member {Array.<string>} dnsOptions
             * @memberof vxnet.v1.RunRequest
             * @instance
             */
            RunRequest.prototype.dnsOptions = $util.emptyArray;

            /**
             * RunRequest addHosts.
             * @member {Array.<string>} addHosts
             * @memberof vxnet.v1.RunRequest
             * @instance
             */
            RunRequest.prototype.addHosts = $util.emptyArray;

            /**
             * RunRequest publish.
             * @member {Array.<string>} publish
             * @memberof vxnet.v1.RunRequest
             * @instance
             */
            RunRequest.prototype.publish = $util.emptyArray;

            /**
             * RunRequest publishAll.
             * @member {boolean} publishAll
             * @memberof vxnet.v1.RunRequest
             * @instance
             */
            RunRequest.prototype.publishAll = false;

            /**
             * RunRequest expose.
             * @member {Array.<string>} expose
             * @memberof vxnet.v1.RunRequest
             * @instance
             */
            RunRequest.prototype.expose = $util.emptyArray;

            /**
             * RunRequest labels.
             * @member {Object.<string,string>} labels
             * @memberof vxnet.v1.RunRequest
             * @instance
             */
            RunRequest.prototype.labels = $util.emptyObject;

            /**
             * RunRequest kind.
             * @member {vxnet.v1.EndpointKind} kind
             * @memberof vxnet.v1.RunRequest
             * @instance
             */
            RunRequest.prototype.kind = 0;

            /**
             * RunRequest containerId.
             * @member {string} containerId
             * @memberof vxnet.v1.RunRequest
             * @instance
             */
            RunRequest.prototype.containerId = "";

            /**
             * RunRequest netnsPath.
             * @member {string} netnsPath
             * @memberof vxnet.v1.RunRequest
             * @instance
             */
            RunRequest.prototype.netnsPath = "";

            /**
             * RunRequest ifname.
             * @member {string} ifname
             * @memberof vxnet.v1.RunRequest
             * @instance
             */
            RunRequest.prototype.ifname = "";

            /**
             * RunRequest mac.
             * @member {string} mac
             * @memberof vxnet.v1.RunRequest
             * @instance
             */
            RunRequest.prototype.mac = "";

            /**
             * RunRequest mtu.
             * @member {number} mtu
             * @memberof vxnet.v1.RunRequest
             * @instance
             */
            RunRequest.prototype.mtu = 0;

            /**
             * RunRequest env.
             * @member {Array.<string>} env
             * @memberof vxnet.v1.RunRequest
             * @instance
             */
            RunRequest.prototype.env = $util.emptyArray;

            /**
             * RunRequest autoRemove.
             * @member {boolean} autoRemove
             * @memberof vxnet.v1.RunRequest
             * @instance
             */
            RunRequest.prototype.autoRemove = false;

            /**
             * RunRequest restart.
             * @member {string} restart
             * @memberof vxnet.v1.RunRequest
             * @instance
             */
            RunRequest.prototype.restart = "";

            /**
             * RunRequest ip6.
             * @member {string} ip6
             * @memberof vxnet.v1.RunRequest
             * @instance
             */
            RunRequest.prototype.ip6 = "";

            /**
             * RunRequest requestId.
             * @member {string} requestId
             * @memberof vxnet.v1.RunRequest
             * @instance
             */
            RunRequest.prototype.requestId = "";

            /**
             * Creates a new RunRequest instance using the specified properties.
             * @function create
             * @memberof vxnet.v1.RunRequest
             * @static
             * @param {vxnet.v1.RunRequest.$Properties=} [properties] Properties to set
             * @returns {vxnet.v1.RunRequest} RunRequest instance
             * @type {{
             *   (properties: vxnet.v1.RunRequest.$Shape): vxnet.v1.RunRequest & vxnet.v1.RunRequest.$Shape;
             *   (properties?: vxnet.v1.RunRequest.$Properties): vxnet.v1.RunRequest;
             * }}
             */
            RunRequest.create = function(properties) {
                return new RunRequest(properties);
            };

            /**
             * Encodes the specified RunRequest message. Does not implicitly {@link vxnet.v1.RunRequest.verify|verify} messages.
             * @function encode
             * @memberof vxnet.v1.RunRequest
             * @static
             * @param {vxnet.v1.RunRequest.$Properties} message RunRequest message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            RunRequest.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.version != null && $Object.hasOwnProperty.call(message, "version") && message.version !== 0)
                    writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.version);
                if (message.name != null && $Object.hasOwnProperty.call(message, "name") && message.name !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.name);
                if (message.host != null && $Object.hasOwnProperty.call(message, "host") && message.host !== "")
                    writer.uint32(/* id 3, wireType 2 =*/26).string(message.host);
                if (message.networks != null && message.networks.length)
                    for (let i = 0; i < message.networks.length; ++i)
                        writer.uint32(/* id 4, wireType 2 =*/34).string(message.networks[i]);
                if (message.ip != null && $Object.hasOwnProperty.call(message, "ip") && message.ip !== "")
                    writer.uint32(/* id 5, wireType 2 =*/42).string(message.ip);
                if (message.aliases != null && message.aliases.length)
                    for (let i = 0; i < message.aliases.length; ++i)
                        writer.uint32(/* id 6, wireType 2 =*/50).string(message.aliases[i]);
                if (message.command != null && message.command.length)
                    for (let i = 0; i < message.command.length; ++i)
                        writer.uint32(/* id 7, wireType 2 =*/58).string(message.command[i]);
                if (message.hostname != null && $Object.hasOwnProperty.call(message, "hostname") && message.hostname !== "")
                    writer.uint32(/* id 8, wireType 2 =*/66).string(message.hostname);
                if (message.dns != null && message.dns.length)
                    for (let i = 0; i < message.dns.length; ++i)
                        writer.uint32(/* id 9, wireType 2 =*/74).string(message.dns[i]);
                if (message.dnsSearch != null && message.dnsSearch.length)
                    for (let i = 0; i < message.dnsSearch.length; ++i)
                        writer.uint32(/* id 10, wireType 2 =*/82).string(message.dnsSearch[i]);
                if (message.dnsOptions != null && message.dnsOptions.length)
                    for (let i = 0; i < message.dnsOptions.length; ++i)
                        writer.uint32(/* id 11, wireType 2 =*/90).string(message.dnsOptions[i]);
                if (message.addHosts != null && message.addHosts.length)
                    for (let i = 0; i < message.addHosts.length; ++i)
                        writer.uint32(/* id 12, wireType 2 =*/98).string(message.addHosts[i]);
                if (message.publish != null && message.publish.length)
                    for (let i = 0; i < message.publish.length; ++i)
                        writer.uint32(/* id 13, wireType 2 =*/106).string(message.publish[i]);
                if (message.publishAll != null && $Object.hasOwnProperty.call(message, "publishAll") && message.publishAll !== false)
                    writer.uint32(/* id 14, wireType 0 =*/112).bool(message.publishAll);
                if (message.expose != null && message.expose.length)
                    for (let i = 0; i < message.expose.length; ++i)
                        writer.uint32(/* id 15, wireType 2 =*/122).string(message.expose[i]);
                if (message.labels != null && $Object.hasOwnProperty.call(message, "labels"))
                    for (let keys = $Object.keys(message.labels), i = 0; i < keys.length; ++i)
                        writer.uint32(/* id 16, wireType 2 =*/130).fork().uint32(/* id 1, wireType 2 =*/10).string(keys[i]).uint32(/* id 2, wireType 2 =*/18).string(message.labels[keys[i]]).ldelim();
                if (message.env != null && message.env.length)
                    for (let i = 0; i < message.env.length; ++i)
                        writer.uint32(/* id 30, wireType 2 =*/242).string(message.env[i]);
                if (message.autoRemove != null && $Object.hasOwnProperty.call(message, "autoRemove") && message.autoRemove !== false)
                    writer.uint32(/* id 31, wireType 0 =*/248).bool(message.autoRemove);
                if (message.restart != null && $Object.hasOwnProperty.call(message, "restart") && message.restart !== "")
                    writer.uint32(/* id 32, wireType 2 =*/258).string(message.restart);
                if (message.kind != null && $Object.hasOwnProperty.call(message, "kind") && message.kind !== 0)
                    writer.uint32(/* id 40, wireType 0 =*/320).int32(message.kind);
                if (message.containerId != null && $Object.hasOwnProperty.call(message, "containerId") && message.containerId !== "")
                    writer.uint32(/* id 41, wireType 2 =*/330).string(message.containerId);
                if (message.netnsPath != null && $Object.hasOwnProperty.call(message, "netnsPath") && message.netnsPath !== "")
                    writer.uint32(/* id 42, wireType 2 =*/338).string(message.netnsPath);
                if (message.ifname != null && $Object.hasOwnProperty.call(message, "ifname") && message.ifname !== "")
                    writer.uint32(/* id 43, wireType 2 =*/346).string(message.ifname);
                if (message.mac != null && $Object.hasOwnProperty.call(message, "mac") && message.mac !== "")
                    writer.uint32(/* id 44, wireType 2 =*/354).string(message.mac);
                if (message.mtu != null && $Object.hasOwnProperty.call(message, "mtu") && message.mtu !== 0)
                    writer.uint32(/* id 45, wireType 0 =*/360).uint32(message.mtu);
                if (message.requestId != null && $Object.hasOwnProperty.call(message, "requestId") && message.requestId !== "")
                    writer.uint32(/* id 50, wireType 2 =*/402).string(message.requestId);
                if (message.ip6 != null && $Object.hasOwnProperty.call(message, "ip6") && message.ip6 !== "")
                    writer.uint32(/* id 60, wireType 2 =*/482).string(message.ip6);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a RunRequest message from the specified reader or buffer.
             * @function decode
             * @memberof vxnet.v1.RunRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {vxnet.v1.RunRequest & vxnet.v1.RunRequest.$Shape} RunRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            RunRequest.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, key, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.vxnet.v1.RunRequest();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.version = value;
                            else
                                delete message.version;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.name = value;
                            else
                                delete message.name;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.host = value;
                            else
                                delete message.host;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if (!(message.networks && message.networks.length))
                                message.networks = [];
                            message.networks.push(reader.stringVerify());
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.ip = value;
                            else
                                delete message.ip;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 2)
                                break;
                            if (!(message.aliases && message.aliases.length))
                                message.aliases = [];
                            message.aliases.push(reader.stringVerify());
                            continue;
                        }
                    case 7: {
                            if (wireType !== 2)
                                break;
                            if (!(message.command && message.command.length))
                                message.command = [];
                            message.command.push(reader.stringVerify());
                            continue;
                        }
                    case 8: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.hostname = value;
                            else
                                delete message.hostname;
                            continue;
                        }
                    case 9: {
                            if (wireType !== 2)
                                break;
                            if (!(message.dns && message.dns.length))
                                message.dns = [];
                            message.dns.push(reader.stringVerify());
                            continue;
                        }
                    case 10: {
                            if (wireType !== 2)
                                break;
                            if (!(message.dnsSearch && message.dnsSearch.length))
                                message.dnsSearch = [];
                            message.dnsSearch.push(reader.stringVerify());
                            continue;
                        }
                    case 11: {
                            if (wireType !== 2)
                                break;
                            if (!(message.dnsOptions && message.dnsOptions.length))
                                message.dnsOptions = [];
                            message.dnsOptions.push(reader.stringVerify());
                            continue;
                        }
                    case 12: {
                            if (wireType !== 2)
                                break;
                            if (!(message.addHosts && message.addHosts.length))
                                message.addHosts = [];
                            message.addHosts.push(reader.stringVerify());
                            continue;
                        }
                    case 13: {
                            if (wireType !== 2)
                                break;
                            if (!(message.publish && message.publish.length))
                                message.publish = [];
                            message.publish.push(reader.stringVerify());
                            continue;
                        }
                    case 14: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.publishAll = value;
                            else
                                delete message.publishAll;
                            continue;
                        }
                    case 15: {
                            if (wireType !== 2)
                                break;
                            if (!(message.expose && message.expose.length))
                                message.expose = [];
                            message.expose.push(reader.stringVerify());
                            continue;
                        }
                    case 16: {
                            if (wireType !== 2)
                                break;
                            if (message.labels === $util.emptyObject)
                                message.labels = {};
                            let end2 = reader.size() + reader.pos;
                            if (end2 > reader.len)
                                throw $RangeError("index out of range");
                            reader.len = end2;
                            key = "";
                            value = "";
                            while (reader.pos < end2) {
                                let tag2 = reader.tag();
                                wireType = tag2 & 7;
                                switch (tag2 >>>= 3) {
                                case 1:
                                    if (wireType !== 2)
                                        break;
                                    key = reader.stringVerify();
                                    continue;
                                case 2:
                                    if (wireType !== 2)
                                        break;
                                    value = reader.stringVerify();
                                    continue;
                                }
                                reader.skipType(wireType, _depth, tag2);
                            }
                            if (reader.pos !== end2)
                                throw $RangeError("index out of range");
                            reader.len = end;
                            if (key === "__proto__")
                                $util.makeProp(message.labels, key);
                            message.labels[key] = value;
                            continue;
                        }
                    case 40: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.kind = value;
                            else
                                delete message.kind;
                            continue;
                        }
                    case 41: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.containerId = value;
                            else
                                delete message.containerId;
                            continue;
                        }
                    case 42: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.netnsPath = value;
                            else
                                delete message.netnsPath;
                            continue;
                        }
                    case 43: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.ifname = value;
                            else
                                delete message.ifname;
                            continue;
                        }
                    case 44: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.mac = value;
                            else
                                delete message.mac;
                            continue;
                        }
                    case 45: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.mtu = value;
                            else
                                delete message.mtu;
                            continue;
                        }
                    case 30: {
                            if (wireType !== 2)
                                break;
                            if (!(message.env && message.env.length))
                                message.env = [];
                            message.env.push(reader.stringVerify());
                            continue;
                        }
                    case 31: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.autoRemove = value;
                            else
                                delete message.autoRemove;
                            continue;
                        }
                    case 32: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.restart = value;
                            else
                                delete message.restart;
                            continue;
                        }
                    case 60: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.ip6 = value;
                            else
                                delete message.ip6;
                            continue;
                        }
                    case 50: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.requestId = value;
                            else
                                delete message.requestId;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Creates a RunRequest message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof vxnet.v1.RunRequest
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {vxnet.v1.RunRequest} RunRequest
             */
            RunRequest.fromObject = function (object, _depth) {
                if (object instanceof $root.vxnet.v1.RunRequest)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".vxnet.v1.RunRequest: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.vxnet.v1.RunRequest();
                if (object.version != null)
                    if ($Number(object.version) !== 0)
                        message.version = object.version >>> 0;
                if (object.name != null)
                    if (typeof object.name !== "string" || object.name.length)
                        message.name = $String(object.name);
                if (object.host != null)
                    if (typeof object.host !== "string" || object.host.length)
                        message.host = $String(object.host);
                if (object.networks) {
                    if (!$Array.isArray(object.networks))
                        throw $TypeError(".vxnet.v1.RunRequest.networks: array expected");
                    message.networks = $Array(object.networks.length);
                    for (let i = 0; i < object.networks.length; ++i)
                        message.networks[i] = $String(object.networks[i]);
                }
                if (object.ip != null)
                    if (typeof object.ip !== "string" || object.ip.length)
                        message.ip = $String(object.ip);
                if (object.aliases) {
                    if (!$Array.isArray(object.aliases))
                        throw $TypeError(".vxnet.v1.RunRequest.aliases: array expected");
                    message.aliases = $Array(object.aliases.length);
                    for (let i = 0; i < object.aliases.length; ++i)
                        message.aliases[i] = $String(object.aliases[i]);
                }
                if (object.command) {
                    if (!$Array.isArray(object.command))
                        throw $TypeError(".vxnet.v1.RunRequest.command: array expected");
                    message.command = $Array(object.command.length);
                    for (let i = 0; i < object.command.length; ++i)
                        message.command[i] = $String(object.command[i]);
                }
                if (object.hostname != null)
                    if (typeof object.hostname !== "string" || object.hostname.length)
                        message.hostname = $String(object.hostname);
                if (object.dns) {
                    if (!$Array.isArray(object.dns))
                        throw $TypeError(".vxnet.v1.RunRequest.dns: array expected");
                    message.dns = $Array(object.dns.length);
                    for (let i = 0; i < object.dns.length; ++i)
                        message.dns[i] = $String(object.dns[i]);
                }
                if (object.dnsSearch) {
                    if (!$Array.isArray(object.dnsSearch))
                        throw $TypeError(".vxnet.v1.RunRequest.dnsSearch: array expected");
                    message.dnsSearch = $Array(object.dnsSearch.length);
                    for (let i = 0; i < object.dnsSearch.length; ++i)
                        message.dnsSearch[i] = $String(object.dnsSearch[i]);
                }
                if (object.dnsOptions) {
                    if (!$Array.isArray(object.dnsOptions))
                        throw $TypeError(".vxnet.v1.RunRequest.dnsOptions: array expected");
                    message.dnsOptions = $Array(object.dnsOptions.length);
                    for (let i = 0; i < object.dnsOptions.length; ++i)
                        message.dnsOptions[i] = $String(object.dnsOptions[i]);
                }
                if (object.addHosts) {
                    if (!$Array.isArray(object.addHosts))
                        throw $TypeError(".vxnet.v1.RunRequest.addHosts: array expected");
                    message.addHosts = $Array(object.addHosts.length);
                    for (let i = 0; i < object.addHosts.length; ++i)
                        message.addHosts[i] = $String(object.addHosts[i]);
                }
                if (object.publish) {
                    if (!$Array.isArray(object.publish))
                        throw $TypeError(".vxnet.v1.RunRequest.publish: array expected");
                    message.publish = $Array(object.publish.length);
                    for (let i = 0; i < object.publish.length; ++i)
                        message.publish[i] = $String(object.publish[i]);
                }
                if (object.publishAll != null)
                    if (object.publishAll)
                        message.publishAll = $Boolean(object.publishAll);
                if (object.expose) {
                    if (!$Array.isArray(object.expose))
                        throw $TypeError(".vxnet.v1.RunRequest.expose: array expected");
                    message.expose = $Array(object.expose.length);
                    for (let i = 0; i < object.expose.length; ++i)
                        message.expose[i] = $String(object.expose[i]);
                }
                if (object.labels) {
                    if (!$util.isObject(object.labels))
                        throw $TypeError(".vxnet.v1.RunRequest.labels: object expected");
                    message.labels = {};
                    for (let keys = $Object.keys(object.labels), i = 0; i < keys.length; ++i) {
                        if (keys[i] === "__proto__")
                            $util.makeProp(message.labels, keys[i]);
                        message.labels[keys[i]] = $String(object.labels[keys[i]]);
                    }
                }
                if (object.kind !== 0 && (typeof object.kind !== "string" || $root.vxnet.v1.EndpointKind[object.kind] !== 0))
                    switch (object.kind) {
                    case "KIND_WORKLOAD":
                    case 0:
                        message.kind = 0;
                        break;
                    case "KIND_DOCKER":
                    case 1:
                        message.kind = 1;
                        break;
                    case "KIND_CNI":
                    case 2:
                        message.kind = 2;
                        break;
                    default:
                        if (typeof object.kind === "number" && (object.kind | 0) === object.kind)
                            message.kind = object.kind;
                    }
                if (object.containerId != null)
                    if (typeof object.containerId !== "string" || object.containerId.length)
                        message.containerId = $String(object.containerId);
                if (object.netnsPath != null)
                    if (typeof object.netnsPath !== "string" || object.netnsPath.length)
                        message.netnsPath = $String(object.netnsPath);
                if (object.ifname != null)
                    if (typeof object.ifname !== "string" || object.ifname.length)
                        message.ifname = $String(object.ifname);
                if (object.mac != null)
                    if (typeof object.mac !== "string" || object.mac.length)
                        message.mac = $String(object.mac);
                if (object.mtu != null)
                    if ($Number(object.mtu) !== 0)
                        message.mtu = object.mtu >>> 0;
                if (object.env) {
                    if (!$Array.isArray(object.env))
                        throw $TypeError(".vxnet.v1.RunRequest.env: array expected");
                    message.env = $Array(object.env.length);
                    for (let i = 0; i < object.env.length; ++i)
                        message.env[i] = $String(object.env[i]);
                }
                if (object.autoRemove != null)
                    if (object.autoRemove)
                        message.autoRemove = $Boolean(object.autoRemove);
                if (object.restart != null)
                    if (typeof object.restart !== "string" || object.restart.length)
                        message.restart = $String(object.restart);
                if (object.ip6 != null)
                    if (typeof object.ip6 !== "string" || object.ip6.length)
                        message.ip6 = $String(object.ip6);
                if (object.requestId != null)
                    if (typeof object.requestId !== "string" || object.requestId.length)
                        message.requestId = $String(object.requestId);
                return message;
            };

            /**
             * Creates a plain object from a RunRequest message. Also converts values to other types if specified.
             * @function toObject
             * @memberof vxnet.v1.RunRequest
             * @static
             * @param {vxnet.v1.RunRequest} message RunRequest
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            RunRequest.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults) {
                    object.networks = [];
                    object.aliases = [];
                    object.command = [];
                    object.dns = [];
                    object.dnsSearch = [];
                    object.dnsOptions = [];
                    object.addHosts = [];
                    object.publish = [];
                    object.expose = [];
                    object.env = [];
                }
                if (options.objects || options.defaults)
                    object.labels = {};
                if (options.defaults) {
                    object.version = 0;
                    object.name = "";
                    object.host = "";
                    object.ip = "";
                    object.hostname = "";
                    object.publishAll = false;
                    object.autoRemove = false;
                    object.restart = "";
                    object.kind = options.enums === $String ? "KIND_WORKLOAD" : 0;
                    object.containerId = "";
                    object.netnsPath = "";
                    object.ifname = "";
                    object.mac = "";
                    object.mtu = 0;
                    object.requestId = "";
                    object.ip6 = "";
                }
                if (message.version != null && $Object.hasOwnProperty.call(message, "version"))
                    object.version = message.version;
                if (message.name != null && $Object.hasOwnProperty.call(message, "name"))
                    object.name = message.name;
                if (message.host != null && $Object.hasOwnProperty.call(message, "host"))
                    object.host = message.host;
                if (message.networks && message.networks.length) {
                    object.networks = $Array(message.networks.length);
                    for (let j = 0; j < message.networks.length; ++j)
                        object.networks[j] = message.networks[j];
                }
                if (message.ip != null && $Object.hasOwnProperty.call(message, "ip"))
                    object.ip = message.ip;
                if (message.aliases && message.aliases.length) {
                    object.aliases = $Array(message.aliases.length);
                    for (let j = 0; j < message.aliases.length; ++j)
                        object.aliases[j] = message.aliases[j];
                }
                if (message.command && message.command.length) {
                    object.command = $Array(message.command.length);
                    for (let j = 0; j < message.command.length; ++j)
                        object.command[j] = message.command[j];
                }
                if (message.hostname != null && $Object.hasOwnProperty.call(message, "hostname"))
                    object.hostname = message.hostname;
                if (message.dns && message.dns.length) {
                    object.dns = $Array(message.dns.length);
                    for (let j = 0; j < message.dns.length; ++j)
                        object.dns[j] = message.dns[j];
                }
                if (message.dnsSearch && message.dnsSearch.length) {
                    object.dnsSearch = $Array(message.dnsSearch.length);
                    for (let j = 0; j < message.dnsSearch.length; ++j)
                        object.dnsSearch[j] = message.dnsSearch[j];
                }
                if (message.dnsOptions && message.dnsOptions.length) {
                    object.dnsOptions = $Array(message.dnsOptions.length);
                    for (let j = 0; j < message.dnsOptions.length; ++j)
                        object.dnsOptions[j] = message.dnsOptions[j];
                }
                if (message.addHosts && message.addHosts.length) {
                    object.addHosts = $Array(message.addHosts.length);
                    for (let j = 0; j < message.addHosts.length; ++j)
                        object.addHosts[j] = message.addHosts[j];
                }
                if (message.publish && message.publish.length) {
                    object.publish = $Array(message.publish.length);
                    for (let j = 0; j < message.publish.length; ++j)
                        object.publish[j] = message.publish[j];
                }
                if (message.publishAll != null && $Object.hasOwnProperty.call(message, "publishAll"))
                    object.publishAll = message.publishAll;
                if (message.expose && message.expose.length) {
                    object.expose = $Array(message.expose.length);
                    for (let j = 0; j < message.expose.length; ++j)
                        object.expose[j] = message.expose[j];
                }
                let keys2;
                if (message.labels && (keys2 = $Object.keys(message.labels)).length) {
                    object.labels = {};
                    for (let j = 0; j < keys2.length; ++j) {
                        if (keys2[j] === "__proto__")
                            $util.makeProp(object.labels, keys2[j]);
                        object.labels[keys2[j]] = message.labels[keys2[j]];
                    }
                }
                if (message.env && message.env.length) {
                    object.env = $Array(message.env.length);
                    for (let j = 0; j < message.env.length; ++j)
                        object.env[j] = message.env[j];
                }
                if (message.autoRemove != null && $Object.hasOwnProperty.call(message, "autoRemove"))
                    object.autoRemove = message.autoRemove;
                if (message.restart != null && $Object.hasOwnProperty.call(message, "restart"))
                    object.restart = message.restart;
                if (message.kind != null && $Object.hasOwnProperty.call(message, "kind"))
                    object.kind = options.enums === $String ? $root.vxnet.v1.EndpointKind[message.kind] === $undefined ? message.kind : $root.vxnet.v1.EndpointKind[message.kind] : message.kind;
                if (message.containerId != null && $Object.hasOwnProperty.call(message, "containerId"))
                    object.containerId = message.containerId;
                if (message.netnsPath != null && $Object.hasOwnProperty.call(message, "netnsPath"))
                    object.netnsPath = message.netnsPath;
                if (message.ifname != null && $Object.hasOwnProperty.call(message, "ifname"))
                    object.ifname = message.ifname;
                if (message.mac != null && $Object.hasOwnProperty.call(message, "mac"))
                    object.mac = message.mac;
                if (message.mtu != null && $Object.hasOwnProperty.call(message, "mtu"))
                    object.mtu = message.mtu;
                if (message.requestId != null && $Object.hasOwnProperty.call(message, "requestId"))
                    object.requestId = message.requestId;
                if (message.ip6 != null && $Object.hasOwnProperty.call(message, "ip6"))
                    object.ip6 = message.ip6;
                return object;
            };

            /**
             * Converts this RunRequest to JSON.
             * @function toJSON
             * @memberof vxnet.v1.RunRequest
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            RunRequest.prototype.toJSON = function() {
                return RunRequest.toObject(this, $protobuf.util.toJSONOptions);
            };

            return RunRequest;
        })();

        v1.ConnectRequest = (function() {

            /**
             * Properties of a ConnectRequest.
             * @typedef {Object} vxnet.v1.ConnectRequest.$Properties
             * @property {number|null} [version] ConnectRequest version
             * @property {string|null} [network] ConnectRequest network
             * @property {string|null} [workload] ConnectRequest workload
             * @property {string|null} [ip] ConnectRequest ip
             * @property {Array.<string>|null} [aliases] ConnectRequest aliases
             * @property {string|null} [ip6] ConnectRequest ip6
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a ConnectRequest.
             * @memberof vxnet.v1
             * @interface IConnectRequest
             * @augments vxnet.v1.ConnectRequest.$Properties
             * @deprecated Use vxnet.v1.ConnectRequest.$Properties instead.
             */

            /**
             * Shape of a ConnectRequest.
             * @typedef {vxnet.v1.ConnectRequest.$Properties} vxnet.v1.ConnectRequest.$Shape
             */

            /**
             * Constructs a new ConnectRequest.
             * @memberof vxnet.v1
             * @classdesc Represents a ConnectRequest.
             * @constructor
             * @param {vxnet.v1.ConnectRequest.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const ConnectRequest = function (properties) {
                this.aliases = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * ConnectRequest version.
             * @member {number} version
             * @memberof vxnet.v1.ConnectRequest
             * @instance
             */
            ConnectRequest.prototype.version = 0;

            /**
             * ConnectRequest network.
             * @member {string} network
             * @memberof vxnet.v1.ConnectRequest
             * @instance
             */
            ConnectRequest.prototype.network = "";

            /**
             * ConnectRequest workload.
             * @member {string} workload
             * @memberof vxnet.v1.ConnectRequest
             * @instance
             */
            ConnectRequest.prototype.workload = "";

            /**
             * ConnectRequest ip.
             * @member {string} ip
             * @memberof vxnet.v1.ConnectRequest
             * @instance
             */
            ConnectRequest.prototype.ip = "";

            /**
             * ConnectRequest aliases.
             * @member {Array.<string>} aliases
             * @memberof vxnet.v1.ConnectRequest
             * @instance
             */
            ConnectRequest.prototype.aliases = $util.emptyArray;

            /**
             * ConnectRequest ip6.
             * @member {string} ip6
             * @memberof vxnet.v1.ConnectRequest
             * @instance
             */
            ConnectRequest.prototype.ip6 = "";

            /**
             * Creates a new ConnectRequest instance using the specified properties.
             * @function create
             * @memberof vxnet.v1.ConnectRequest
             * @static
             * @param {vxnet.v1.ConnectRequest.$Properties=} [properties] Properties to set
             * @returns {vxnet.v1.ConnectRequest} ConnectRequest instance
             * @type {{
             *   (properties: vxnet.v1.ConnectRequest.$Shape): vxnet.v1.ConnectRequest & vxnet.v1.ConnectRequest.$Shape;
             *   (properties?: vxnet.v1.ConnectRequest.$Properties): vxnet.v1.ConnectRequest;
             * }}
             */
            ConnectRequest.create = function(properties) {
                return new ConnectRequest(properties);
            };

            /**
             * Encodes the specified ConnectRequest message. Does not implicitly {@link vxnet.v1.ConnectRequest.verify|verify} messages.
             * @function encode
             * @memberof vxnet.v1.ConnectRequest
             * @static
             * @param {vxnet.v1.ConnectRequest.$Properties} message ConnectRequest message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ConnectRequest.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.version != null && $Object.hasOwnProperty.call(message, "version") && message.version !== 0)
                    writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.version);
                if (message.network != null && $Object.hasOwnProperty.call(message, "network") && message.network !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.network);
                if (message.workload != null && $Object.hasOwnProperty.call(message, "workload") && message.workload !== "")
                    writer.uint32(/* id 3, wireType 2 =*/26).string(message.workload);
                if (message.ip != null && $Object.hasOwnProperty.call(message, "ip") && message.ip !== "")
                    writer.uint32(/* id 4, wireType 2 =*/34).string(message.ip);
                if (message.aliases != null && message.aliases.length)
                    for (let i = 0; i < message.aliases.length; ++i)
                        writer.uint32(/* id 5, wireType 2 =*/42).string(message.aliases[i]);
                if (message.ip6 != null && $Object.hasOwnProperty.call(message, "ip6") && message.ip6 !== "")
                    writer.uint32(/* id 60, wireType 2 =*/482).string(message.ip6);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a ConnectRequest message from the specified reader or buffer.
             * @function decode
             * @memberof vxnet.v1.ConnectRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {vxnet.v1.ConnectRequest & vxnet.v1.ConnectRequest.$Shape} ConnectRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ConnectRequest.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.vxnet.v1.ConnectRequest();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.version = value;
                            else
                                delete message.version;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.network = value;
                            else
                                delete message.network;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.workload = value;
                            else
                                delete message.workload;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.ip = value;
                            else
                                delete message.ip;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            if (!(message.aliases && message.aliases.length))
                                message.aliases = [];
                            message.aliases.push(reader.stringVerify());
                            continue;
                        }
                    case 60: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.ip6 = value;
                            else
                                delete message.ip6;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Creates a ConnectRequest message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof vxnet.v1.ConnectRequest
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {vxnet.v1.ConnectRequest} ConnectRequest
             */
            ConnectRequest.fromObject = function (object, _depth) {
                if (object instanceof $root.vxnet.v1.ConnectRequest)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".vxnet.v1.ConnectRequest: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.vxnet.v1.ConnectRequest();
                if (object.version != null)
                    if ($Number(object.version) !== 0)
                        message.version = object.version >>> 0;
                if (object.network != null)
                    if (typeof object.network !== "string" || object.network.length)
                        message.network = $String(object.network);
                if (object.workload != null)
                    if (typeof object.workload !== "string" || object.workload.length)
                        message.workload = $String(object.workload);
                if (object.ip != null)
                    if (typeof object.ip !== "string" || object.ip.length)
                        message.ip = $String(object.ip);
                if (object.aliases) {
                    if (!$Array.isArray(object.aliases))
                        throw $TypeError(".vxnet.v1.ConnectRequest.aliases: array expected");
                    message.aliases = $Array(object.aliases.length);
                    for (let i = 0; i < object.aliases.length; ++i)
                        message.aliases[i] = $String(object.aliases[i]);
                }
                if (object.ip6 != null)
                    if (typeof object.ip6 !== "string" || object.ip6.length)
                        message.ip6 = $String(object.ip6);
                return message;
            };

            /**
             * Creates a plain object from a ConnectRequest message. Also converts values to other types if specified.
             * @function toObject
             * @memberof vxnet.v1.ConnectRequest
             * @static
             * @param {vxnet.v1.ConnectRequest} message ConnectRequest
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            ConnectRequest.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults)
                    object.aliases = [];
                if (options.defaults) {
                    object.version = 0;
                    object.network = "";
                    object.workload = "";
                    object.ip = "";
                    object.ip6 = "";
                }
                if (message.version != null && $Object.hasOwnProperty.call(message, "version"))
                    object.version = message.version;
                if (message.network != null && $Object.hasOwnProperty.call(message, "network"))
                    object.network = message.network;
                if (message.workload != null && $Object.hasOwnProperty.call(message, "workload"))
                    object.workload = message.workload;
                if (message.ip != null && $Object.hasOwnProperty.call(message, "ip"))
                    object.ip = message.ip;
                if (message.aliases && message.aliases.length) {
                    object.aliases = $Array(message.aliases.length);
                    for (let j = 0; j < message.aliases.length; ++j)
                        object.aliases[j] = message.aliases[j];
                }
                if (message.ip6 != null && $Object.hasOwnProperty.call(message, "ip6"))
                    object.ip6 = message.ip6;
                return object;
            };

            /**
             * Converts this ConnectRequest to JSON.
             * @function toJSON
             * @memberof vxnet.v1.ConnectRequest
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            ConnectRequest.prototype.toJSON = function() {
                return ConnectRequest.toObject(this, $protobuf.util.toJSONOptions);
            };

            return ConnectRequest;
        })();

        v1.WorkloadView = (function() {

            /**
             * Properties of a WorkloadView.
             * @typedef {Object} vxnet.v1.WorkloadView.$Properties
             * @property {vxnet.v1.Workload.$Properties|null} [workload] WorkloadView workload
             * @property {vxnet.v1.WorkloadStatus.$Properties|null} [status] WorkloadView status
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a WorkloadView.
             * @memberof vxnet.v1
             * @interface IWorkloadView
             * @augments vxnet.v1.WorkloadView.$Properties
             * @deprecated Use vxnet.v1.WorkloadView.$Properties instead.
             */

            /**
             * Shape of a WorkloadView.
             * @typedef {vxnet.v1.WorkloadView.$Properties} vxnet.v1.WorkloadView.$Shape
             */

            /**
             * Constructs a new WorkloadView.
             * @memberof vxnet.v1
             * @classdesc Represents a WorkloadView.
             * @constructor
             * @param {vxnet.v1.WorkloadView.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const WorkloadView = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * WorkloadView workload.
             * @member {vxnet.v1.Workload.$Properties|null|undefined} workload
             * @memberof vxnet.v1.WorkloadView
             * @instance
             */
            WorkloadView.prototype.workload = null;

            /**
             * WorkloadView status.
             * @member {vxnet.v1.WorkloadStatus.$Properties|null|undefined} status
             * @memberof vxnet.v1.WorkloadView
             * @instance
             */
            WorkloadView.prototype.status = null;

            /**
             * Creates a new WorkloadView instance using the specified properties.
             * @function create
             * @memberof vxnet.v1.WorkloadView
             * @static
             * @param {vxnet.v1.WorkloadView.$Properties=} [properties] Properties to set
             * @returns {vxnet.v1.WorkloadView} WorkloadView instance
             * @type {{
             *   (properties: vxnet.v1.WorkloadView.$Shape): vxnet.v1.WorkloadView & vxnet.v1.WorkloadView.$Shape;
             *   (properties?: vxnet.v1.WorkloadView.$Properties): vxnet.v1.WorkloadView;
             * }}
             */
            WorkloadView.create = function(properties) {
                return new WorkloadView(properties);
            };

            /**
             * Encodes the specified WorkloadView message. Does not implicitly {@link vxnet.v1.WorkloadView.verify|verify} messages.
             * @function encode
             * @memberof vxnet.v1.WorkloadView
             * @static
             * @param {vxnet.v1.WorkloadView.$Properties} message WorkloadView message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            WorkloadView.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.workload != null && $Object.hasOwnProperty.call(message, "workload"))
                    $root.vxnet.v1.Workload.encode(message.workload, writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                if (message.status != null && $Object.hasOwnProperty.call(message, "status"))
                    $root.vxnet.v1.WorkloadStatus.encode(message.status, writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a WorkloadView message from the specified reader or buffer.
             * @function decode
             * @memberof vxnet.v1.WorkloadView
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {vxnet.v1.WorkloadView & vxnet.v1.WorkloadView.$Shape} WorkloadView
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            WorkloadView.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.vxnet.v1.WorkloadView();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            message.workload = $root.vxnet.v1.Workload.decode(reader, reader.size(), $undefined, _depth + 1, message.workload);
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            message.status = $root.vxnet.v1.WorkloadStatus.decode(reader, reader.size(), $undefined, _depth + 1, message.status);
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Creates a WorkloadView message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof vxnet.v1.WorkloadView
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {vxnet.v1.WorkloadView} WorkloadView
             */
            WorkloadView.fromObject = function (object, _depth) {
                if (object instanceof $root.vxnet.v1.WorkloadView)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".vxnet.v1.WorkloadView: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.vxnet.v1.WorkloadView();
                if (object.workload != null) {
                    if (!$util.isObject(object.workload))
                        throw $TypeError(".vxnet.v1.WorkloadView.workload: object expected");
                    message.workload = $root.vxnet.v1.Workload.fromObject(object.workload, _depth + 1);
                }
                if (object.status != null) {
                    if (!$util.isObject(object.status))
                        throw $TypeError(".vxnet.v1.WorkloadView.status: object expected");
                    message.status = $root.vxnet.v1.WorkloadStatus.fromObject(object.status, _depth + 1);
                }
                return message;
            };

            /**
             * Creates a plain object from a WorkloadView message. Also converts values to other types if specified.
             * @function toObject
             * @memberof vxnet.v1.WorkloadView
             * @static
             * @param {vxnet.v1.WorkloadView} message WorkloadView
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            WorkloadView.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.workload = null;
                    object.status = null;
                }
                if (message.workload != null && $Object.hasOwnProperty.call(message, "workload"))
                    object.workload = $root.vxnet.v1.Workload.toObject(message.workload, options, _depth + 1);
                if (message.status != null && $Object.hasOwnProperty.call(message, "status"))
                    object.status = $root.vxnet.v1.WorkloadStatus.toObject(message.status, options, _depth + 1);
                return object;
            };

            /**
             * Converts this WorkloadView to JSON.
             * @function toJSON
             * @memberof vxnet.v1.WorkloadView
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            WorkloadView.prototype.toJSON = function() {
                return WorkloadView.toObject(this, $protobuf.util.toJSONOptions);
            };

            return WorkloadView;
        })();

        v1.WorkloadReply = (function() {

            /**
             * Properties of a WorkloadReply.
             * @typedef {Object} vxnet.v1.WorkloadReply.$Properties
             * @property {number|null} [version] WorkloadReply version
             * @property {vxnet.v1.Error.$Properties|null} [error] WorkloadReply error
             * @property {Array.<vxnet.v1.WorkloadView.$Properties>|null} [workloads] WorkloadReply workloads
             * @property {Array.<string>|null} [removed] WorkloadReply removed
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a WorkloadReply.
             * @memberof vxnet.v1
             * @interface IWorkloadReply
             * @augments vxnet.v1.WorkloadReply.$Properties
             * @deprecated Use vxnet.v1.WorkloadReply.$Properties instead.
             */

            /**
             * Shape of a WorkloadReply.
             * @typedef {vxnet.v1.WorkloadReply.$Properties} vxnet.v1.WorkloadReply.$Shape
             */

            /**
             * Constructs a new WorkloadReply.
             * @memberof vxnet.v1
             * @classdesc Represents a WorkloadReply.
             * @constructor
             * @param {vxnet.v1.WorkloadReply.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const WorkloadReply = function (properties) {
                this.workloads = [];
                this.removed = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * WorkloadReply version.
             * @member {number} version
             * @memberof vxnet.v1.WorkloadReply
             * @instance
             */
            WorkloadReply.prototype.version = 0;

            /**
             * WorkloadReply error.
             * @member {vxnet.v1.Error.$Properties|null|undefined} error
             * @memberof vxnet.v1.WorkloadReply
             * @instance
             */
            WorkloadReply.prototype.error = null;

            /**
             * WorkloadReply workloads.
             * @member {Array.<vxnet.v1.WorkloadView.$Properties>} workloads
             * @memberof vxnet.v1.WorkloadReply
             * @instance
             */
            WorkloadReply.prototype.workloads = $util.emptyArray;

            /**
             * WorkloadReply removed.
             * @member {Array.<string>} removed
             * @memberof vxnet.v1.WorkloadReply
             * @instance
             */
            WorkloadReply.prototype.removed = $util.emptyArray;

            /**
             * Creates a new WorkloadReply instance using the specified properties.
             * @function create
             * @memberof vxnet.v1.WorkloadReply
             * @static
             * @param {vxnet.v1.WorkloadReply.$Properties=} [properties] Properties to set
             * @returns {vxnet.v1.WorkloadReply} WorkloadReply instance
             * @type {{
             *   (properties: vxnet.v1.WorkloadReply.$Shape): vxnet.v1.WorkloadReply & vxnet.v1.WorkloadReply.$Shape;
             *   (properties?: vxnet.v1.WorkloadReply.$Properties): vxnet.v1.WorkloadReply;
             * }}
             */
            WorkloadReply.create = function(properties) {
                return new WorkloadReply(properties);
            };

            /**
             * Encodes the specified WorkloadReply message. Does not implicitly {@link vxnet.v1.WorkloadReply.verify|verify} messages.
             * @function encode
             * @memberof vxnet.v1.WorkloadReply
             * @static
             * @param {vxnet.v1.WorkloadReply.$Properties} message WorkloadReply message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            WorkloadReply.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.version != null && $Object.hasOwnProperty.call(message, "version") && message.version !== 0)
                    writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.version);
                if (message.error != null && $Object.hasOwnProperty.call(message, "error"))
                    $root.vxnet.v1.Error.encode(message.error, writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
                if (message.workloads != null && message.workloads.length)
                    for (let i = 0; i < message.workloads.length; ++i)
                        $root.vxnet.v1.WorkloadView.encode(message.workloads[i], writer.uint32(/* id 3, wireType 2 =*/26).fork(), _depth + 1).ldelim();
                if (message.removed != null && message.removed.length)
                    for (let i = 0; i < message.removed.length; ++i)
                        writer.uint32(/* id 4, wireType 2 =*/34).string(message.removed[i]);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a WorkloadReply message from the specified reader or buffer.
             * @function decode
             * @memberof vxnet.v1.WorkloadReply
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {vxnet.v1.WorkloadReply & vxnet.v1.WorkloadReply.$Shape} WorkloadReply
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            WorkloadReply.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.vxnet.v1.WorkloadReply();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.version = value;
                            else
                                delete message.version;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            message.error = $root.vxnet.v1.Error.decode(reader, reader.size(), $undefined, _depth + 1, message.error);
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if (!(message.workloads && message.workloads.length))
                                message.workloads = [];
                            message.workloads.push($root.vxnet.v1.WorkloadView.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if (!(message.removed && message.removed.length))
                                message.removed = [];
                            message.removed.push(reader.stringVerify());
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Creates a WorkloadReply message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof vxnet.v1.WorkloadReply
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {vxnet.v1.WorkloadReply} WorkloadReply
             */
            WorkloadReply.fromObject = function (object, _depth) {
                if (object instanceof $root.vxnet.v1.WorkloadReply)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".vxnet.v1.WorkloadReply: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.vxnet.v1.WorkloadReply();
                if (object.version != null)
                    if ($Number(object.version) !== 0)
                        message.version = object.version >>> 0;
                if (object.error != null) {
                    if (!$util.isObject(object.error))
                        throw $TypeError(".vxnet.v1.WorkloadReply.error: object expected");
                    message.error = $root.vxnet.v1.Error.fromObject(object.error, _depth + 1);
                }
                if (object.workloads) {
                    if (!$Array.isArray(object.workloads))
                        throw $TypeError(".vxnet.v1.WorkloadReply.workloads: array expected");
                    message.workloads = $Array(object.workloads.length);
                    for (let i = 0; i < object.workloads.length; ++i) {
                        if (!$util.isObject(object.workloads[i]))
                            throw $TypeError(".vxnet.v1.WorkloadReply.workloads: object expected");
                        message.workloads[i] = $root.vxnet.v1.WorkloadView.fromObject(object.workloads[i], _depth + 1);
                    }
                }
                if (object.removed) {
                    if (!$Array.isArray(object.removed))
                        throw $TypeError(".vxnet.v1.WorkloadReply.removed: array expected");
                    message.removed = $Array(object.removed.length);
                    for (let i = 0; i < object.removed.length; ++i)
                        message.removed[i] = $String(object.removed[i]);
                }
                return message;
            };

            /**
             * Creates a plain object from a WorkloadReply message. Also converts values to other types if specified.
             * @function toObject
             * @memberof vxnet.v1.WorkloadReply
             * @static
             * @param {vxnet.v1.WorkloadReply} message WorkloadReply
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            WorkloadReply.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults) {
                    object.workloads = [];
                    object.removed = [];
                }
                if (options.defaults) {
                    object.version = 0;
                    object.error = null;
                }
                if (message.version != null && $Object.hasOwnProperty.call(message, "version"))
                    object.version = message.version;
                if (message.error != null && $Object.hasOwnProperty.call(message, "error"))
                    object.error = $root.vxnet.v1.Error.toObject(message.error, options, _depth + 1);
                if (message.workloads && message.workloads.length) {
                    object.workloads = $Array(message.workloads.length);
                    for (let j = 0; j < message.workloads.length; ++j)
                        object.workloads[j] = $root.vxnet.v1.WorkloadView.toObject(message.workloads[j], options, _depth + 1);
                }
                if (message.removed && message.removed.length) {
                    object.removed = $Array(message.removed.length);
                    for (let j = 0; j < message.removed.length; ++j)
                        object.removed[j] = message.removed[j];
                }
                return object;
            };

            /**
             * Converts this WorkloadReply to JSON.
             * @function toJSON
             * @memberof vxnet.v1.WorkloadReply
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            WorkloadReply.prototype.toJSON = function() {
                return WorkloadReply.toObject(this, $protobuf.util.toJSONOptions);
            };

            return WorkloadReply;
        })();

        v1.HostView = (function() {

            /**
             * Properties of a HostView.
             * @typedef {Object} vxnet.v1.HostView.$Properties
             * @property {vxnet.v1.Host.$Properties|null} [host] HostView host
             * @property {string|null} [state] HostView state
             * @property {vxnet.v1.AgentStatus.$Properties|null} [status] HostView status
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a HostView.
             * @memberof vxnet.v1
             * @interface IHostView
             * @augments vxnet.v1.HostView.$Properties
             * @deprecated Use vxnet.v1.HostView.$Properties instead.
             */

            /**
             * Shape of a HostView.
             * @typedef {vxnet.v1.HostView.$Properties} vxnet.v1.HostView.$Shape
             */

            /**
             * Constructs a new HostView.
             * @memberof vxnet.v1
             * @classdesc Represents a HostView.
             * @constructor
             * @param {vxnet.v1.HostView.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const HostView = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * HostView host.
             * @member {vxnet.v1.Host.$Properties|null|undefined} host
             * @memberof vxnet.v1.HostView
             * @instance
             */
            HostView.prototype.host = null;

            /**
             * HostView state.
             * @member {string} state
             * @memberof vxnet.v1.HostView
             * @instance
             */
            HostView.prototype.state = "";

            /**
             * HostView status.
             * @member {vxnet.v1.AgentStatus.$Properties|null|undefined} status
             * @memberof vxnet.v1.HostView
             * @instance
             */
            HostView.prototype.status = null;

            /**
             * Creates a new HostView instance using the specified properties.
             * @function create
             * @memberof vxnet.v1.HostView
             * @static
             * @param {vxnet.v1.HostView.$Properties=} [properties] Properties to set
             * @returns {vxnet.v1.HostView} HostView instance
             * @type {{
             *   (properties: vxnet.v1.HostView.$Shape): vxnet.v1.HostView & vxnet.v1.HostView.$Shape;
             *   (properties?: vxnet.v1.HostView.$Properties): vxnet.v1.HostView;
             * }}
             */
            HostView.create = function(properties) {
                return new HostView(properties);
            };

            /**
             * Encodes the specified HostView message. Does not implicitly {@link vxnet.v1.HostView.verify|verify} messages.
             * @function encode
             * @memberof vxnet.v1.HostView
             * @static
             * @param {vxnet.v1.HostView.$Properties} message HostView message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            HostView.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.host != null && $Object.hasOwnProperty.call(message, "host"))
                    $root.vxnet.v1.Host.encode(message.host, writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                if (message.state != null && $Object.hasOwnProperty.call(message, "state") && message.state !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.state);
                if (message.status != null && $Object.hasOwnProperty.call(message, "status"))
                    $root.vxnet.v1.AgentStatus.encode(message.status, writer.uint32(/* id 3, wireType 2 =*/26).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a HostView message from the specified reader or buffer.
             * @function decode
             * @memberof vxnet.v1.HostView
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {vxnet.v1.HostView & vxnet.v1.HostView.$Shape} HostView
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            HostView.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.vxnet.v1.HostView();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            message.host = $root.vxnet.v1.Host.decode(reader, reader.size(), $undefined, _depth + 1, message.host);
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.state = value;
                            else
                                delete message.state;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            message.status = $root.vxnet.v1.AgentStatus.decode(reader, reader.size(), $undefined, _depth + 1, message.status);
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Creates a HostView message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof vxnet.v1.HostView
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {vxnet.v1.HostView} HostView
             */
            HostView.fromObject = function (object, _depth) {
                if (object instanceof $root.vxnet.v1.HostView)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".vxnet.v1.HostView: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.vxnet.v1.HostView();
                if (object.host != null) {
                    if (!$util.isObject(object.host))
                        throw $TypeError(".vxnet.v1.HostView.host: object expected");
                    message.host = $root.vxnet.v1.Host.fromObject(object.host, _depth + 1);
                }
                if (object.state != null)
                    if (typeof object.state !== "string" || object.state.length)
                        message.state = $String(object.state);
                if (object.status != null) {
                    if (!$util.isObject(object.status))
                        throw $TypeError(".vxnet.v1.HostView.status: object expected");
                    message.status = $root.vxnet.v1.AgentStatus.fromObject(object.status, _depth + 1);
                }
                return message;
            };

            /**
             * Creates a plain object from a HostView message. Also converts values to other types if specified.
             * @function toObject
             * @memberof vxnet.v1.HostView
             * @static
             * @param {vxnet.v1.HostView} message HostView
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            HostView.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.host = null;
                    object.state = "";
                    object.status = null;
                }
                if (message.host != null && $Object.hasOwnProperty.call(message, "host"))
                    object.host = $root.vxnet.v1.Host.toObject(message.host, options, _depth + 1);
                if (message.state != null && $Object.hasOwnProperty.call(message, "state"))
                    object.state = message.state;
                if (message.status != null && $Object.hasOwnProperty.call(message, "status"))
                    object.status = $root.vxnet.v1.AgentStatus.toObject(message.status, options, _depth + 1);
                return object;
            };

            /**
             * Converts this HostView to JSON.
             * @function toJSON
             * @memberof vxnet.v1.HostView
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            HostView.prototype.toJSON = function() {
                return HostView.toObject(this, $protobuf.util.toJSONOptions);
            };

            return HostView;
        })();

        v1.HostReply = (function() {

            /**
             * Properties of a HostReply.
             * @typedef {Object} vxnet.v1.HostReply.$Properties
             * @property {number|null} [version] HostReply version
             * @property {vxnet.v1.Error.$Properties|null} [error] HostReply error
             * @property {Array.<vxnet.v1.HostView.$Properties>|null} [hosts] HostReply hosts
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a HostReply.
             * @memberof vxnet.v1
             * @interface IHostReply
             * @augments vxnet.v1.HostReply.$Properties
             * @deprecated Use vxnet.v1.HostReply.$Properties instead.
             */

            /**
             * Shape of a HostReply.
             * @typedef {vxnet.v1.HostReply.$Properties} vxnet.v1.HostReply.$Shape
             */

            /**
             * Constructs a new HostReply.
             * @memberof vxnet.v1
             * @classdesc Represents a HostReply.
             * @constructor
             * @param {vxnet.v1.HostReply.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const HostReply = function (properties) {
                this.hosts = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * HostReply version.
             * @member {number} version
             * @memberof vxnet.v1.HostReply
             * @instance
             */
            HostReply.prototype.version = 0;

            /**
             * HostReply error.
             * @member {vxnet.v1.Error.$Properties|null|undefined} error
             * @memberof vxnet.v1.HostReply
             * @instance
             */
            HostReply.prototype.error = null;

            /**
             * HostReply hosts.
             * @member {Array.<vxnet.v1.HostView.$Properties>} hosts
             * @memberof vxnet.v1.HostReply
             * @instance
             */
            HostReply.prototype.hosts = $util.emptyArray;

            /**
             * Creates a new HostReply instance using the specified properties.
             * @function create
             * @memberof vxnet.v1.HostReply
             * @static
             * @param {vxnet.v1.HostReply.$Properties=} [properties] Properties to set
             * @returns {vxnet.v1.HostReply} HostReply instance
             * @type {{
             *   (properties: vxnet.v1.HostReply.$Shape): vxnet.v1.HostReply & vxnet.v1.HostReply.$Shape;
             *   (properties?: vxnet.v1.HostReply.$Properties): vxnet.v1.HostReply;
             * }}
             */
            HostReply.create = function(properties) {
                return new HostReply(properties);
            };

            /**
             * Encodes the specified HostReply message. Does not implicitly {@link vxnet.v1.HostReply.verify|verify} messages.
             * @function encode
             * @memberof vxnet.v1.HostReply
             * @static
             * @param {vxnet.v1.HostReply.$Properties} message HostReply message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            HostReply.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.version != null && $Object.hasOwnProperty.call(message, "version") && message.version !== 0)
                    writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.version);
                if (message.error != null && $Object.hasOwnProperty.call(message, "error"))
                    $root.vxnet.v1.Error.encode(message.error, writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
                if (message.hosts != null && message.hosts.length)
                    for (let i = 0; i < message.hosts.length; ++i)
                        $root.vxnet.v1.HostView.encode(message.hosts[i], writer.uint32(/* id 3, wireType 2 =*/26).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a HostReply message from the specified reader or buffer.
             * @function decode
             * @memberof vxnet.v1.HostReply
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {vxnet.v1.HostReply & vxnet.v1.HostReply.$Shape} HostReply
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            HostReply.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.vxnet.v1.HostReply();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.version = value;
                            else
                                delete message.version;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            message.error = $root.vxnet.v1.Error.decode(reader, reader.size(), $undefined, _depth + 1, message.error);
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if (!(message.hosts && message.hosts.length))
                                message.hosts = [];
                            message.hosts.push($root.vxnet.v1.HostView.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Creates a HostReply message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof vxnet.v1.HostReply
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {vxnet.v1.HostReply} HostReply
             */
            HostReply.fromObject = function (object, _depth) {
                if (object instanceof $root.vxnet.v1.HostReply)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".vxnet.v1.HostReply: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.vxnet.v1.HostReply();
                if (object.version != null)
                    if ($Number(object.version) !== 0)
                        message.version = object.version >>> 0;
                if (object.error != null) {
                    if (!$util.isObject(object.error))
                        throw $TypeError(".vxnet.v1.HostReply.error: object expected");
                    message.error = $root.vxnet.v1.Error.fromObject(object.error, _depth + 1);
                }
                if (object.hosts) {
                    if (!$Array.isArray(object.hosts))
                        throw $TypeError(".vxnet.v1.HostReply.hosts: array expected");
                    message.hosts = $Array(object.hosts.length);
                    for (let i = 0; i < object.hosts.length; ++i) {
                        if (!$util.isObject(object.hosts[i]))
                            throw $TypeError(".vxnet.v1.HostReply.hosts: object expected");
                        message.hosts[i] = $root.vxnet.v1.HostView.fromObject(object.hosts[i], _depth + 1);
                    }
                }
                return message;
            };

            /**
             * Creates a plain object from a HostReply message. Also converts values to other types if specified.
             * @function toObject
             * @memberof vxnet.v1.HostReply
             * @static
             * @param {vxnet.v1.HostReply} message HostReply
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            HostReply.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults)
                    object.hosts = [];
                if (options.defaults) {
                    object.version = 0;
                    object.error = null;
                }
                if (message.version != null && $Object.hasOwnProperty.call(message, "version"))
                    object.version = message.version;
                if (message.error != null && $Object.hasOwnProperty.call(message, "error"))
                    object.error = $root.vxnet.v1.Error.toObject(message.error, options, _depth + 1);
                if (message.hosts && message.hosts.length) {
                    object.hosts = $Array(message.hosts.length);
                    for (let j = 0; j < message.hosts.length; ++j)
                        object.hosts[j] = $root.vxnet.v1.HostView.toObject(message.hosts[j], options, _depth + 1);
                }
                return object;
            };

            /**
             * Converts this HostReply to JSON.
             * @function toJSON
             * @memberof vxnet.v1.HostReply
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            HostReply.prototype.toJSON = function() {
                return HostReply.toObject(this, $protobuf.util.toJSONOptions);
            };

            return HostReply;
        })();

        v1.VersionReply = (function() {

            /**
             * Properties of a VersionReply.
             * @typedef {Object} vxnet.v1.VersionReply.$Properties
             * @property {number|null} [version] VersionReply version
             * @property {vxnet.v1.Error.$Properties|null} [error] VersionReply error
             * @property {string|null} [software] VersionReply software
             * @property {string|null} [instance] VersionReply instance
             * @property {number|null} [startedMs] VersionReply startedMs
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a VersionReply.
             * @memberof vxnet.v1
             * @interface IVersionReply
             * @augments vxnet.v1.VersionReply.$Properties
             * @deprecated Use vxnet.v1.VersionReply.$Properties instead.
             */

            /**
             * Shape of a VersionReply.
             * @typedef {vxnet.v1.VersionReply.$Properties} vxnet.v1.VersionReply.$Shape
             */

            /**
             * Constructs a new VersionReply.
             * @memberof vxnet.v1
             * @classdesc Represents a VersionReply.
             * @constructor
             * @param {vxnet.v1.VersionReply.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const VersionReply = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * VersionReply version.
             * @member {number} version
             * @memberof vxnet.v1.VersionReply
             * @instance
             */
            VersionReply.prototype.version = 0;

            /**
             * VersionReply error.
             * @member {vxnet.v1.Error.$Properties|null|undefined} error
             * @memberof vxnet.v1.VersionReply
             * @instance
             */
            VersionReply.prototype.error = null;

            /**
             * VersionReply software.
             * @member {string} software
             * @memberof vxnet.v1.VersionReply
             * @instance
             */
            VersionReply.prototype.software = "";

            /**
             * VersionReply instance.
             * @member {string} instance
             * @memberof vxnet.v1.VersionReply
             * @instance
             */
            VersionReply.prototype.instance = "";

            /**
             * VersionReply startedMs.
             * @member {number} startedMs
             * @memberof vxnet.v1.VersionReply
             * @instance
             */
            VersionReply.prototype.startedMs = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * Creates a new VersionReply instance using the specified properties.
             * @function create
             * @memberof vxnet.v1.VersionReply
             * @static
             * @param {vxnet.v1.VersionReply.$Properties=} [properties] Properties to set
             * @returns {vxnet.v1.VersionReply} VersionReply instance
             * @type {{
             *   (properties: vxnet.v1.VersionReply.$Shape): vxnet.v1.VersionReply & vxnet.v1.VersionReply.$Shape;
             *   (properties?: vxnet.v1.VersionReply.$Properties): vxnet.v1.VersionReply;
             * }}
             */
            VersionReply.create = function(properties) {
                return new VersionReply(properties);
            };

            /**
             * Encodes the specified VersionReply message. Does not implicitly {@link vxnet.v1.VersionReply.verify|verify} messages.
             * @function encode
             * @memberof vxnet.v1.VersionReply
             * @static
             * @param {vxnet.v1.VersionReply.$Properties} message VersionReply message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            VersionReply.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.version != null && $Object.hasOwnProperty.call(message, "version") && message.version !== 0)
                    writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.version);
                if (message.error != null && $Object.hasOwnProperty.call(message, "error"))
                    $root.vxnet.v1.Error.encode(message.error, writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
                if (message.software != null && $Object.hasOwnProperty.call(message, "software") && message.software !== "")
                    writer.uint32(/* id 3, wireType 2 =*/26).string(message.software);
                if (message.instance != null && $Object.hasOwnProperty.call(message, "instance") && message.instance !== "")
                    writer.uint32(/* id 4, wireType 2 =*/34).string(message.instance);
                if (message.startedMs != null && $Object.hasOwnProperty.call(message, "startedMs") && (typeof message.startedMs === "object" ? message.startedMs.low || message.startedMs.high : message.startedMs !== 0))
                    writer.uint32(/* id 5, wireType 0 =*/40).int64(message.startedMs);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a VersionReply message from the specified reader or buffer.
             * @function decode
             * @memberof vxnet.v1.VersionReply
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {vxnet.v1.VersionReply & vxnet.v1.VersionReply.$Shape} VersionReply
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            VersionReply.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.vxnet.v1.VersionReply();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.version = value;
                            else
                                delete message.version;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            message.error = $root.vxnet.v1.Error.decode(reader, reader.size(), $undefined, _depth + 1, message.error);
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.software = value;
                            else
                                delete message.software;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.instance = value;
                            else
                                delete message.instance;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.startedMs = value;
                            else
                                delete message.startedMs;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Creates a VersionReply message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof vxnet.v1.VersionReply
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {vxnet.v1.VersionReply} VersionReply
             */
            VersionReply.fromObject = function (object, _depth) {
                if (object instanceof $root.vxnet.v1.VersionReply)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".vxnet.v1.VersionReply: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.vxnet.v1.VersionReply();
                if (object.version != null)
                    if ($Number(object.version) !== 0)
                        message.version = object.version >>> 0;
                if (object.error != null) {
                    if (!$util.isObject(object.error))
                        throw $TypeError(".vxnet.v1.VersionReply.error: object expected");
                    message.error = $root.vxnet.v1.Error.fromObject(object.error, _depth + 1);
                }
                if (object.software != null)
                    if (typeof object.software !== "string" || object.software.length)
                        message.software = $String(object.software);
                if (object.instance != null)
                    if (typeof object.instance !== "string" || object.instance.length)
                        message.instance = $String(object.instance);
                if (object.startedMs != null)
                    if (typeof object.startedMs === "object" ? object.startedMs.low || object.startedMs.high : $Number(object.startedMs) !== 0)
                        if ($util.Long)
                            message.startedMs = $util.Long.fromValue(object.startedMs, false);
                        else if (typeof object.startedMs === "string")
                            message.startedMs = $parseInt(object.startedMs, 10);
                        else if (typeof object.startedMs === "number")
                            message.startedMs = object.startedMs;
                        else if (typeof object.startedMs === "object")
                            message.startedMs = new $util.LongBits(object.startedMs.low >>> 0, object.startedMs.high >>> 0).toNumber();
                return message;
            };

            /**
             * Creates a plain object from a VersionReply message. Also converts values to other types if specified.
             * @function toObject
             * @memberof vxnet.v1.VersionReply
             * @static
             * @param {vxnet.v1.VersionReply} message VersionReply
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            VersionReply.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.version = 0;
                    object.error = null;
                    object.software = "";
                    object.instance = "";
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, false);
                        object.startedMs = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.startedMs = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                }
                if (message.version != null && $Object.hasOwnProperty.call(message, "version"))
                    object.version = message.version;
                if (message.error != null && $Object.hasOwnProperty.call(message, "error"))
                    object.error = $root.vxnet.v1.Error.toObject(message.error, options, _depth + 1);
                if (message.software != null && $Object.hasOwnProperty.call(message, "software"))
                    object.software = message.software;
                if (message.instance != null && $Object.hasOwnProperty.call(message, "instance"))
                    object.instance = message.instance;
                if (message.startedMs != null && $Object.hasOwnProperty.call(message, "startedMs"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.startedMs = typeof message.startedMs === "number" ? $BigInt(message.startedMs) : $util.Long.fromBits(message.startedMs.low >>> 0, message.startedMs.high >>> 0, false).toBigInt();
                    else if (typeof message.startedMs === "number")
                        object.startedMs = options.longs === $String ? $String(message.startedMs) : message.startedMs;
                    else
                        object.startedMs = options.longs === $String ? $util.Long.prototype.toString.call(message.startedMs) : options.longs === $Number ? new $util.LongBits(message.startedMs.low >>> 0, message.startedMs.high >>> 0).toNumber() : message.startedMs;
                return object;
            };

            /**
             * Converts this VersionReply to JSON.
             * @function toJSON
             * @memberof vxnet.v1.VersionReply
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            VersionReply.prototype.toJSON = function() {
                return VersionReply.toObject(this, $protobuf.util.toJSONOptions);
            };

            return VersionReply;
        })();

        return v1;
    })();

    return vxnet;
})();

export {
  $root as default
};
