import * as $protobuf from "protobufjs";
import Long = require("long");

/** Namespace vxnet. */
export namespace vxnet {

    /** Namespace v1. */
    namespace v1 {

        /** ErrorCode enum. */
        enum ErrorCode {

            /** ERROR_CODE_UNSPECIFIED value */
            ERROR_CODE_UNSPECIFIED = 0,

            /** INVALID_ARGUMENT value */
            INVALID_ARGUMENT = 1,

            /** NOT_FOUND value */
            NOT_FOUND = 2,

            /** ALREADY_EXISTS value */
            ALREADY_EXISTS = 3,

            /** EXHAUSTED value */
            EXHAUSTED = 4,

            /** FAILED_PRECONDITION value */
            FAILED_PRECONDITION = 5,

            /** CONFLICT value */
            CONFLICT = 6,

            /** UNAVAILABLE value */
            UNAVAILABLE = 7,

            /** INTERNAL value */
            INTERNAL = 8,

            /** PERMISSION_DENIED value */
            PERMISSION_DENIED = 9
        }

        /**
         * Properties of an Error.
         * @deprecated Use vxnet.v1.Error.$Properties instead.
         */
        interface IError extends vxnet.v1.Error.$Properties {
        }

        /** Represents an Error. */
        class Error {

            /**
             * Constructs a new Error.
             * @param [properties] Properties to set
             */
            constructor(properties?: vxnet.v1.Error.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Error code. */
            code: vxnet.v1.ErrorCode;

            /** Error message. */
            message: string;

            /**
             * Creates a new Error instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Error instance
             */
            static create(properties: vxnet.v1.Error.$Shape): vxnet.v1.Error & vxnet.v1.Error.$Shape;
            static create(properties?: vxnet.v1.Error.$Properties): vxnet.v1.Error;

            /**
             * Encodes the specified Error message. Does not implicitly {@link vxnet.v1.Error.verify|verify} messages.
             * @param message Error message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: vxnet.v1.Error.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an Error message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {vxnet.v1.Error & vxnet.v1.Error.$Shape} Error
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): vxnet.v1.Error & vxnet.v1.Error.$Shape;

            /**
             * Creates an Error message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns Error
             */
            static fromObject(object: { [k: string]: any }): vxnet.v1.Error;

            /**
             * Creates a plain object from an Error message. Also converts values to other types if specified.
             * @param message Error
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: vxnet.v1.Error, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Error to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };
        }

        namespace Error {

            /** Properties of an Error. */
            interface $Properties {

                /** Error code */
                code?: (vxnet.v1.ErrorCode|null);

                /** Error message */
                message?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an Error. */
            type $Shape = vxnet.v1.Error.$Properties;
        }

        /** Driver enum. */
        enum Driver {

            /** DRIVER_UNSPECIFIED value */
            DRIVER_UNSPECIFIED = 0,

            /** OVERLAY value */
            OVERLAY = 1,

            /** BRIDGE value */
            BRIDGE = 2
        }

        /** Mode enum. */
        enum Mode {

            /** MODE_UNSPECIFIED value */
            MODE_UNSPECIFIED = 0,

            /** NETWORKS value */
            NETWORKS = 1,

            /** DEFAULT_BRIDGE value */
            DEFAULT_BRIDGE = 2,

            /** HOST value */
            HOST = 3,

            /** NONE value */
            NONE = 4,

            /** CONTAINER value */
            CONTAINER = 5
        }

        /** Protocol enum. */
        enum Protocol {

            /** PROTOCOL_UNSPECIFIED value */
            PROTOCOL_UNSPECIFIED = 0,

            /** TCP value */
            TCP = 1,

            /** UDP value */
            UDP = 2
        }

        /** EndpointKind enum. */
        enum EndpointKind {

            /** KIND_WORKLOAD value */
            KIND_WORKLOAD = 0,

            /** KIND_DOCKER value */
            KIND_DOCKER = 1,

            /** KIND_CNI value */
            KIND_CNI = 2
        }

        /**
         * Properties of a PortMapping.
         * @deprecated Use vxnet.v1.PortMapping.$Properties instead.
         */
        interface IPortMapping extends vxnet.v1.PortMapping.$Properties {
        }

        /** Represents a PortMapping. */
        class PortMapping {

            /**
             * Constructs a new PortMapping.
             * @param [properties] Properties to set
             */
            constructor(properties?: vxnet.v1.PortMapping.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** PortMapping protocol. */
            protocol: vxnet.v1.Protocol;

            /** PortMapping hostIp. */
            hostIp: string;

            /** PortMapping hostPort. */
            hostPort: number;

            /** PortMapping containerPort. */
            containerPort: number;

            /**
             * Creates a new PortMapping instance using the specified properties.
             * @param [properties] Properties to set
             * @returns PortMapping instance
             */
            static create(properties: vxnet.v1.PortMapping.$Shape): vxnet.v1.PortMapping & vxnet.v1.PortMapping.$Shape;
            static create(properties?: vxnet.v1.PortMapping.$Properties): vxnet.v1.PortMapping;

            /**
             * Encodes the specified PortMapping message. Does not implicitly {@link vxnet.v1.PortMapping.verify|verify} messages.
             * @param message PortMapping message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: vxnet.v1.PortMapping.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a PortMapping message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {vxnet.v1.PortMapping & vxnet.v1.PortMapping.$Shape} PortMapping
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): vxnet.v1.PortMapping & vxnet.v1.PortMapping.$Shape;

            /**
             * Creates a PortMapping message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns PortMapping
             */
            static fromObject(object: { [k: string]: any }): vxnet.v1.PortMapping;

            /**
             * Creates a plain object from a PortMapping message. Also converts values to other types if specified.
             * @param message PortMapping
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: vxnet.v1.PortMapping, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this PortMapping to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };
        }

        namespace PortMapping {

            /** Properties of a PortMapping. */
            interface $Properties {

                /** PortMapping protocol */
                protocol?: (vxnet.v1.Protocol|null);

                /** PortMapping hostIp */
                hostIp?: (string|null);

                /** PortMapping hostPort */
                hostPort?: (number|null);

                /** PortMapping containerPort */
                containerPort?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a PortMapping. */
            type $Shape = vxnet.v1.PortMapping.$Properties;
        }

        /**
         * Properties of a Network.
         * @deprecated Use vxnet.v1.Network.$Properties instead.
         */
        interface INetwork extends vxnet.v1.Network.$Properties {
        }

        /** Represents a Network. */
        class Network {

            /**
             * Constructs a new Network.
             * @param [properties] Properties to set
             */
            constructor(properties?: vxnet.v1.Network.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Network name. */
            name: string;

            /** Network id. */
            id: string;

            /** Network driver. */
            driver: vxnet.v1.Driver;

            /** Network vni. */
            vni: number;

            /** Network subnet. */
            subnet: string;

            /** Network gateway. */
            gateway: string;

            /** Network ipRange. */
            ipRange: string;

            /** Network internal. */
            internal: boolean;

            /** Network host. */
            host: string;

            /** Network labels. */
            labels: { [k: string]: string };

            /** Network options. */
            options: { [k: string]: string };

            /** Network createdMs. */
            createdMs: number;

            /** Network ipv6. */
            ipv6: boolean;

            /** Network subnet6. */
            subnet6: string;

            /** Network gateway6. */
            gateway6: string;

            /** Network ipRange6. */
            ipRange6: string;

            /** Network auxAddresses. */
            auxAddresses: { [k: string]: string };

            /**
             * Creates a new Network instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Network instance
             */
            static create(properties: vxnet.v1.Network.$Shape): vxnet.v1.Network & vxnet.v1.Network.$Shape;
            static create(properties?: vxnet.v1.Network.$Properties): vxnet.v1.Network;

            /**
             * Encodes the specified Network message. Does not implicitly {@link vxnet.v1.Network.verify|verify} messages.
             * @param message Network message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: vxnet.v1.Network.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Network message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {vxnet.v1.Network & vxnet.v1.Network.$Shape} Network
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): vxnet.v1.Network & vxnet.v1.Network.$Shape;

            /**
             * Creates a Network message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns Network
             */
            static fromObject(object: { [k: string]: any }): vxnet.v1.Network;

            /**
             * Creates a plain object from a Network message. Also converts values to other types if specified.
             * @param message Network
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: vxnet.v1.Network, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Network to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };
        }

        namespace Network {

            /** Properties of a Network. */
            interface $Properties {

                /** Network name */
                name?: (string|null);

                /** Network id */
                id?: (string|null);

                /** Network driver */
                driver?: (vxnet.v1.Driver|null);

                /** Network vni */
                vni?: (number|null);

                /** Network subnet */
                subnet?: (string|null);

                /** Network gateway */
                gateway?: (string|null);

                /** Network ipRange */
                ipRange?: (string|null);

                /** Network internal */
                internal?: (boolean|null);

                /** Network host */
                host?: (string|null);

                /** Network labels */
                labels?: ({ [k: string]: string }|null);

                /** Network options */
                options?: ({ [k: string]: string }|null);

                /** Network createdMs */
                createdMs?: (number|null);

                /** Network ipv6 */
                ipv6?: (boolean|null);

                /** Network subnet6 */
                subnet6?: (string|null);

                /** Network gateway6 */
                gateway6?: (string|null);

                /** Network ipRange6 */
                ipRange6?: (string|null);

                /** Network auxAddresses */
                auxAddresses?: ({ [k: string]: string }|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a Network. */
            type $Shape = vxnet.v1.Network.$Properties;
        }

        /**
         * Properties of a NetworkRegistry.
         * @deprecated Use vxnet.v1.NetworkRegistry.$Properties instead.
         */
        interface INetworkRegistry extends vxnet.v1.NetworkRegistry.$Properties {
        }

        /** Represents a NetworkRegistry. */
        class NetworkRegistry {

            /**
             * Constructs a new NetworkRegistry.
             * @param [properties] Properties to set
             */
            constructor(properties?: vxnet.v1.NetworkRegistry.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** NetworkRegistry version. */
            version: number;

            /** NetworkRegistry networks. */
            networks: vxnet.v1.Network.$Properties[];

            /**
             * Creates a new NetworkRegistry instance using the specified properties.
             * @param [properties] Properties to set
             * @returns NetworkRegistry instance
             */
            static create(properties: vxnet.v1.NetworkRegistry.$Shape): vxnet.v1.NetworkRegistry & vxnet.v1.NetworkRegistry.$Shape;
            static create(properties?: vxnet.v1.NetworkRegistry.$Properties): vxnet.v1.NetworkRegistry;

            /**
             * Encodes the specified NetworkRegistry message. Does not implicitly {@link vxnet.v1.NetworkRegistry.verify|verify} messages.
             * @param message NetworkRegistry message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: vxnet.v1.NetworkRegistry.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a NetworkRegistry message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {vxnet.v1.NetworkRegistry & vxnet.v1.NetworkRegistry.$Shape} NetworkRegistry
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): vxnet.v1.NetworkRegistry & vxnet.v1.NetworkRegistry.$Shape;

            /**
             * Creates a NetworkRegistry message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns NetworkRegistry
             */
            static fromObject(object: { [k: string]: any }): vxnet.v1.NetworkRegistry;

            /**
             * Creates a plain object from a NetworkRegistry message. Also converts values to other types if specified.
             * @param message NetworkRegistry
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: vxnet.v1.NetworkRegistry, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this NetworkRegistry to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };
        }

        namespace NetworkRegistry {

            /** Properties of a NetworkRegistry. */
            interface $Properties {

                /** NetworkRegistry version */
                version?: (number|null);

                /** NetworkRegistry networks */
                networks?: (vxnet.v1.Network.$Properties[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a NetworkRegistry. */
            type $Shape = vxnet.v1.NetworkRegistry.$Properties;
        }

        /**
         * Properties of an Attachment.
         * @deprecated Use vxnet.v1.Attachment.$Properties instead.
         */
        interface IAttachment extends vxnet.v1.Attachment.$Properties {
        }

        /** Represents an Attachment. */
        class Attachment {

            /**
             * Constructs a new Attachment.
             * @param [properties] Properties to set
             */
            constructor(properties?: vxnet.v1.Attachment.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Attachment network. */
            network: string;

            /** Attachment networkId. */
            networkId: string;

            /** Attachment driver. */
            driver: vxnet.v1.Driver;

            /** Attachment vni. */
            vni: number;

            /** Attachment subnet. */
            subnet: string;

            /** Attachment gateway. */
            gateway: string;

            /** Attachment ip. */
            ip: string;

            /** Attachment mac. */
            mac: string;

            /** Attachment ifname. */
            ifname: string;

            /** Attachment aliases. */
            aliases: string[];

            /** Attachment internal. */
            internal: boolean;

            /** Attachment mtu. */
            mtu: number;

            /** Attachment subnet6. */
            subnet6: string;

            /** Attachment gateway6. */
            gateway6: string;

            /** Attachment ip6. */
            ip6: string;

            /**
             * Creates a new Attachment instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Attachment instance
             */
            static create(properties: vxnet.v1.Attachment.$Shape): vxnet.v1.Attachment & vxnet.v1.Attachment.$Shape;
            static create(properties?: vxnet.v1.Attachment.$Properties): vxnet.v1.Attachment;

            /**
             * Encodes the specified Attachment message. Does not implicitly {@link vxnet.v1.Attachment.verify|verify} messages.
             * @param message Attachment message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: vxnet.v1.Attachment.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an Attachment message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {vxnet.v1.Attachment & vxnet.v1.Attachment.$Shape} Attachment
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): vxnet.v1.Attachment & vxnet.v1.Attachment.$Shape;

            /**
             * Creates an Attachment message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns Attachment
             */
            static fromObject(object: { [k: string]: any }): vxnet.v1.Attachment;

            /**
             * Creates a plain object from an Attachment message. Also converts values to other types if specified.
             * @param message Attachment
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: vxnet.v1.Attachment, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Attachment to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };
        }

        namespace Attachment {

            /** Properties of an Attachment. */
            interface $Properties {

                /** Attachment network */
                network?: (string|null);

                /** Attachment networkId */
                networkId?: (string|null);

                /** Attachment driver */
                driver?: (vxnet.v1.Driver|null);

                /** Attachment vni */
                vni?: (number|null);

                /** Attachment subnet */
                subnet?: (string|null);

                /** Attachment gateway */
                gateway?: (string|null);

                /** Attachment ip */
                ip?: (string|null);

                /** Attachment mac */
                mac?: (string|null);

                /** Attachment ifname */
                ifname?: (string|null);

                /** Attachment aliases */
                aliases?: (string[]|null);

                /** Attachment internal */
                internal?: (boolean|null);

                /** Attachment mtu */
                mtu?: (number|null);

                /** Attachment subnet6 */
                subnet6?: (string|null);

                /** Attachment gateway6 */
                gateway6?: (string|null);

                /** Attachment ip6 */
                ip6?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an Attachment. */
            type $Shape = vxnet.v1.Attachment.$Properties;
        }

        /**
         * Properties of a Workload.
         * @deprecated Use vxnet.v1.Workload.$Properties instead.
         */
        interface IWorkload extends vxnet.v1.Workload.$Properties {
        }

        /** Represents a Workload. */
        class Workload {

            /**
             * Constructs a new Workload.
             * @param [properties] Properties to set
             */
            constructor(properties?: vxnet.v1.Workload.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Workload version. */
            version: number;

            /** Workload name. */
            name: string;

            /** Workload id. */
            id: string;

            /** Workload host. */
            host: string;

            /** Workload mode. */
            mode: vxnet.v1.Mode;

            /** Workload container. */
            container: string;

            /** Workload attachments. */
            attachments: vxnet.v1.Attachment.$Properties[];

            /** Workload command. */
            command: string[];

            /** Workload hostname. */
            hostname: string;

            /** Workload dns. */
            dns: string[];

            /** Workload dnsSearch. */
            dnsSearch: string[];

            /** Workload dnsOptions. */
            dnsOptions: string[];

            /** Workload addHosts. */
            addHosts: string[];

            /** Workload ports. */
            ports: vxnet.v1.PortMapping.$Properties[];

            /** Workload expose. */
            expose: string[];

            /** Workload createdMs. */
            createdMs: number;

            /** Workload labels. */
            labels: { [k: string]: string };

            /** Workload kind. */
            kind: vxnet.v1.EndpointKind;

            /** Workload containerId. */
            containerId: string;

            /** Workload netnsPath. */
            netnsPath: string;

            /** Workload gatewayPath. */
            gatewayPath?: (vxnet.v1.Attachment.$Properties|null);

            /** Workload env. */
            env: string[];

            /** Workload autoRemove. */
            autoRemove: boolean;

            /** Workload restart. */
            restart: string;

            /**
             * Creates a new Workload instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Workload instance
             */
            static create(properties: vxnet.v1.Workload.$Shape): vxnet.v1.Workload & vxnet.v1.Workload.$Shape;
            static create(properties?: vxnet.v1.Workload.$Properties): vxnet.v1.Workload;

            /**
             * Encodes the specified Workload message. Does not implicitly {@link vxnet.v1.Workload.verify|verify} messages.
             * @param message Workload message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: vxnet.v1.Workload.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Workload message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {vxnet.v1.Workload & vxnet.v1.Workload.$Shape} Workload
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): vxnet.v1.Workload & vxnet.v1.Workload.$Shape;

            /**
             * Creates a Workload message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns Workload
             */
            static fromObject(object: { [k: string]: any }): vxnet.v1.Workload;

            /**
             * Creates a plain object from a Workload message. Also converts values to other types if specified.
             * @param message Workload
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: vxnet.v1.Workload, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Workload to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };
        }

        namespace Workload {

            /** Properties of a Workload. */
            interface $Properties {

                /** Workload version */
                version?: (number|null);

                /** Workload name */
                name?: (string|null);

                /** Workload id */
                id?: (string|null);

                /** Workload host */
                host?: (string|null);

                /** Workload mode */
                mode?: (vxnet.v1.Mode|null);

                /** Workload container */
                container?: (string|null);

                /** Workload attachments */
                attachments?: (vxnet.v1.Attachment.$Properties[]|null);

                /** Workload command */
                command?: (string[]|null);

                /** Workload hostname */
                hostname?: (string|null);

                /** Workload dns */
                dns?: (string[]|null);

                /** Workload dnsSearch */
                dnsSearch?: (string[]|null);

                /** Workload dnsOptions */
                dnsOptions?: (string[]|null);

                /** Workload addHosts */
                addHosts?: (string[]|null);

                /** Workload ports */
                ports?: (vxnet.v1.PortMapping.$Properties[]|null);

                /** Workload expose */
                expose?: (string[]|null);

                /** Workload createdMs */
                createdMs?: (number|null);

                /** Workload labels */
                labels?: ({ [k: string]: string }|null);

                /** Workload kind */
                kind?: (vxnet.v1.EndpointKind|null);

                /** Workload containerId */
                containerId?: (string|null);

                /** Workload netnsPath */
                netnsPath?: (string|null);

                /** Workload gatewayPath */
                gatewayPath?: (vxnet.v1.Attachment.$Properties|null);

                /** Workload env */
                env?: (string[]|null);

                /** Workload autoRemove */
                autoRemove?: (boolean|null);

                /** Workload restart */
                restart?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a Workload. */
            type $Shape = vxnet.v1.Workload.$Properties;
        }

        /**
         * Properties of an Endpoint.
         * @deprecated Use vxnet.v1.Endpoint.$Properties instead.
         */
        interface IEndpoint extends vxnet.v1.Endpoint.$Properties {
        }

        /** Represents an Endpoint. */
        class Endpoint {

            /**
             * Constructs a new Endpoint.
             * @param [properties] Properties to set
             */
            constructor(properties?: vxnet.v1.Endpoint.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Endpoint version. */
            version: number;

            /** Endpoint network. */
            network: string;

            /** Endpoint networkId. */
            networkId: string;

            /** Endpoint workload. */
            workload: string;

            /** Endpoint host. */
            host: string;

            /** Endpoint vtep. */
            vtep: string;

            /** Endpoint ip. */
            ip: string;

            /** Endpoint mac. */
            mac: string;

            /** Endpoint aliases. */
            aliases: string[];

            /** Endpoint kind. */
            kind: vxnet.v1.EndpointKind;

            /** Endpoint containerId. */
            containerId: string;

            /** Endpoint hostname. */
            hostname: string;

            /** Endpoint ip6. */
            ip6: string;

            /**
             * Creates a new Endpoint instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Endpoint instance
             */
            static create(properties: vxnet.v1.Endpoint.$Shape): vxnet.v1.Endpoint & vxnet.v1.Endpoint.$Shape;
            static create(properties?: vxnet.v1.Endpoint.$Properties): vxnet.v1.Endpoint;

            /**
             * Encodes the specified Endpoint message. Does not implicitly {@link vxnet.v1.Endpoint.verify|verify} messages.
             * @param message Endpoint message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: vxnet.v1.Endpoint.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an Endpoint message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {vxnet.v1.Endpoint & vxnet.v1.Endpoint.$Shape} Endpoint
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): vxnet.v1.Endpoint & vxnet.v1.Endpoint.$Shape;

            /**
             * Creates an Endpoint message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns Endpoint
             */
            static fromObject(object: { [k: string]: any }): vxnet.v1.Endpoint;

            /**
             * Creates a plain object from an Endpoint message. Also converts values to other types if specified.
             * @param message Endpoint
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: vxnet.v1.Endpoint, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Endpoint to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };
        }

        namespace Endpoint {

            /** Properties of an Endpoint. */
            interface $Properties {

                /** Endpoint version */
                version?: (number|null);

                /** Endpoint network */
                network?: (string|null);

                /** Endpoint networkId */
                networkId?: (string|null);

                /** Endpoint workload */
                workload?: (string|null);

                /** Endpoint host */
                host?: (string|null);

                /** Endpoint vtep */
                vtep?: (string|null);

                /** Endpoint ip */
                ip?: (string|null);

                /** Endpoint mac */
                mac?: (string|null);

                /** Endpoint aliases */
                aliases?: (string[]|null);

                /** Endpoint kind */
                kind?: (vxnet.v1.EndpointKind|null);

                /** Endpoint containerId */
                containerId?: (string|null);

                /** Endpoint hostname */
                hostname?: (string|null);

                /** Endpoint ip6 */
                ip6?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an Endpoint. */
            type $Shape = vxnet.v1.Endpoint.$Properties;
        }

        /**
         * Properties of a Host.
         * @deprecated Use vxnet.v1.Host.$Properties instead.
         */
        interface IHost extends vxnet.v1.Host.$Properties {
        }

        /** Represents a Host. */
        class Host {

            /**
             * Constructs a new Host.
             * @param [properties] Properties to set
             */
            constructor(properties?: vxnet.v1.Host.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Host version. */
            version: number;

            /** Host name. */
            name: string;

            /** Host underlayIp. */
            underlayIp: string;

            /** Host mtu. */
            mtu: number;

            /** Host vxlanPort. */
            vxlanPort: number;

            /** Host firstSeenMs. */
            firstSeenMs: number;

            /** Host lastSeenMs. */
            lastSeenMs: number;

            /** Host agentVersion. */
            agentVersion: string;

            /** Host bridgeSubnet. */
            bridgeSubnet: string;

            /** Host bridgeGateway. */
            bridgeGateway: string;

            /** Host bridgeIpRange. */
            bridgeIpRange: string;

            /** Host gwbridgeSubnet. */
            gwbridgeSubnet: string;

            /** Host gwbridgeGateway. */
            gwbridgeGateway: string;

            /** Host bridgeSubnet6. */
            bridgeSubnet6: string;

            /** Host bridgeGateway6. */
            bridgeGateway6: string;

            /** Host gwbridgeSubnet6. */
            gwbridgeSubnet6: string;

            /** Host gwbridgeGateway6. */
            gwbridgeGateway6: string;

            /**
             * Creates a new Host instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Host instance
             */
            static create(properties: vxnet.v1.Host.$Shape): vxnet.v1.Host & vxnet.v1.Host.$Shape;
            static create(properties?: vxnet.v1.Host.$Properties): vxnet.v1.Host;

            /**
             * Encodes the specified Host message. Does not implicitly {@link vxnet.v1.Host.verify|verify} messages.
             * @param message Host message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: vxnet.v1.Host.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Host message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {vxnet.v1.Host & vxnet.v1.Host.$Shape} Host
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): vxnet.v1.Host & vxnet.v1.Host.$Shape;

            /**
             * Creates a Host message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns Host
             */
            static fromObject(object: { [k: string]: any }): vxnet.v1.Host;

            /**
             * Creates a plain object from a Host message. Also converts values to other types if specified.
             * @param message Host
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: vxnet.v1.Host, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Host to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };
        }

        namespace Host {

            /** Properties of a Host. */
            interface $Properties {

                /** Host version */
                version?: (number|null);

                /** Host name */
                name?: (string|null);

                /** Host underlayIp */
                underlayIp?: (string|null);

                /** Host mtu */
                mtu?: (number|null);

                /** Host vxlanPort */
                vxlanPort?: (number|null);

                /** Host firstSeenMs */
                firstSeenMs?: (number|null);

                /** Host lastSeenMs */
                lastSeenMs?: (number|null);

                /** Host agentVersion */
                agentVersion?: (string|null);

                /** Host bridgeSubnet */
                bridgeSubnet?: (string|null);

                /** Host bridgeGateway */
                bridgeGateway?: (string|null);

                /** Host bridgeIpRange */
                bridgeIpRange?: (string|null);

                /** Host gwbridgeSubnet */
                gwbridgeSubnet?: (string|null);

                /** Host gwbridgeGateway */
                gwbridgeGateway?: (string|null);

                /** Host bridgeSubnet6 */
                bridgeSubnet6?: (string|null);

                /** Host bridgeGateway6 */
                bridgeGateway6?: (string|null);

                /** Host gwbridgeSubnet6 */
                gwbridgeSubnet6?: (string|null);

                /** Host gwbridgeGateway6 */
                gwbridgeGateway6?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a Host. */
            type $Shape = vxnet.v1.Host.$Properties;
        }

        /**
         * Properties of a Heartbeat.
         * @deprecated Use vxnet.v1.Heartbeat.$Properties instead.
         */
        interface IHeartbeat extends vxnet.v1.Heartbeat.$Properties {
        }

        /** Represents a Heartbeat. */
        class Heartbeat {

            /**
             * Constructs a new Heartbeat.
             * @param [properties] Properties to set
             */
            constructor(properties?: vxnet.v1.Heartbeat.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Heartbeat version. */
            version: number;

            /** Heartbeat host. */
            host: string;

            /** Heartbeat underlayIp. */
            underlayIp: string;

            /** Heartbeat mtu. */
            mtu: number;

            /** Heartbeat vxlanPort. */
            vxlanPort: number;

            /** Heartbeat sentMs. */
            sentMs: number;

            /** Heartbeat agentVersion. */
            agentVersion: string;

            /** Heartbeat bridgeSubnet. */
            bridgeSubnet: string;

            /** Heartbeat bridgeGateway. */
            bridgeGateway: string;

            /** Heartbeat bridgeIpRange. */
            bridgeIpRange: string;

            /** Heartbeat gwbridgeSubnet. */
            gwbridgeSubnet: string;

            /** Heartbeat gwbridgeGateway. */
            gwbridgeGateway: string;

            /** Heartbeat bridgeSubnet6. */
            bridgeSubnet6: string;

            /** Heartbeat bridgeGateway6. */
            bridgeGateway6: string;

            /** Heartbeat gwbridgeSubnet6. */
            gwbridgeSubnet6: string;

            /** Heartbeat gwbridgeGateway6. */
            gwbridgeGateway6: string;

            /**
             * Creates a new Heartbeat instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Heartbeat instance
             */
            static create(properties: vxnet.v1.Heartbeat.$Shape): vxnet.v1.Heartbeat & vxnet.v1.Heartbeat.$Shape;
            static create(properties?: vxnet.v1.Heartbeat.$Properties): vxnet.v1.Heartbeat;

            /**
             * Encodes the specified Heartbeat message. Does not implicitly {@link vxnet.v1.Heartbeat.verify|verify} messages.
             * @param message Heartbeat message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: vxnet.v1.Heartbeat.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Heartbeat message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {vxnet.v1.Heartbeat & vxnet.v1.Heartbeat.$Shape} Heartbeat
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): vxnet.v1.Heartbeat & vxnet.v1.Heartbeat.$Shape;

            /**
             * Creates a Heartbeat message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns Heartbeat
             */
            static fromObject(object: { [k: string]: any }): vxnet.v1.Heartbeat;

            /**
             * Creates a plain object from a Heartbeat message. Also converts values to other types if specified.
             * @param message Heartbeat
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: vxnet.v1.Heartbeat, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Heartbeat to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };
        }

        namespace Heartbeat {

            /** Properties of a Heartbeat. */
            interface $Properties {

                /** Heartbeat version */
                version?: (number|null);

                /** Heartbeat host */
                host?: (string|null);

                /** Heartbeat underlayIp */
                underlayIp?: (string|null);

                /** Heartbeat mtu */
                mtu?: (number|null);

                /** Heartbeat vxlanPort */
                vxlanPort?: (number|null);

                /** Heartbeat sentMs */
                sentMs?: (number|null);

                /** Heartbeat agentVersion */
                agentVersion?: (string|null);

                /** Heartbeat bridgeSubnet */
                bridgeSubnet?: (string|null);

                /** Heartbeat bridgeGateway */
                bridgeGateway?: (string|null);

                /** Heartbeat bridgeIpRange */
                bridgeIpRange?: (string|null);

                /** Heartbeat gwbridgeSubnet */
                gwbridgeSubnet?: (string|null);

                /** Heartbeat gwbridgeGateway */
                gwbridgeGateway?: (string|null);

                /** Heartbeat bridgeSubnet6 */
                bridgeSubnet6?: (string|null);

                /** Heartbeat bridgeGateway6 */
                bridgeGateway6?: (string|null);

                /** Heartbeat gwbridgeSubnet6 */
                gwbridgeSubnet6?: (string|null);

                /** Heartbeat gwbridgeGateway6 */
                gwbridgeGateway6?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a Heartbeat. */
            type $Shape = vxnet.v1.Heartbeat.$Properties;
        }

        /**
         * Properties of a WorkloadStatus.
         * @deprecated Use vxnet.v1.WorkloadStatus.$Properties instead.
         */
        interface IWorkloadStatus extends vxnet.v1.WorkloadStatus.$Properties {
        }

        /** Represents a WorkloadStatus. */
        class WorkloadStatus {

            /**
             * Constructs a new WorkloadStatus.
             * @param [properties] Properties to set
             */
            constructor(properties?: vxnet.v1.WorkloadStatus.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** WorkloadStatus name. */
            name: string;

            /** WorkloadStatus state. */
            state: string;

            /** WorkloadStatus error. */
            error: string;

            /** WorkloadStatus pid. */
            pid: number;

            /** WorkloadStatus exitCode. */
            exitCode: number;

            /** WorkloadStatus restarts. */
            restarts: number;

            /**
             * Creates a new WorkloadStatus instance using the specified properties.
             * @param [properties] Properties to set
             * @returns WorkloadStatus instance
             */
            static create(properties: vxnet.v1.WorkloadStatus.$Shape): vxnet.v1.WorkloadStatus & vxnet.v1.WorkloadStatus.$Shape;
            static create(properties?: vxnet.v1.WorkloadStatus.$Properties): vxnet.v1.WorkloadStatus;

            /**
             * Encodes the specified WorkloadStatus message. Does not implicitly {@link vxnet.v1.WorkloadStatus.verify|verify} messages.
             * @param message WorkloadStatus message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: vxnet.v1.WorkloadStatus.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a WorkloadStatus message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {vxnet.v1.WorkloadStatus & vxnet.v1.WorkloadStatus.$Shape} WorkloadStatus
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): vxnet.v1.WorkloadStatus & vxnet.v1.WorkloadStatus.$Shape;

            /**
             * Creates a WorkloadStatus message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns WorkloadStatus
             */
            static fromObject(object: { [k: string]: any }): vxnet.v1.WorkloadStatus;

            /**
             * Creates a plain object from a WorkloadStatus message. Also converts values to other types if specified.
             * @param message WorkloadStatus
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: vxnet.v1.WorkloadStatus, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this WorkloadStatus to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };
        }

        namespace WorkloadStatus {

            /** Properties of a WorkloadStatus. */
            interface $Properties {

                /** WorkloadStatus name */
                name?: (string|null);

                /** WorkloadStatus state */
                state?: (string|null);

                /** WorkloadStatus error */
                error?: (string|null);

                /** WorkloadStatus pid */
                pid?: (number|null);

                /** WorkloadStatus exitCode */
                exitCode?: (number|null);

                /** WorkloadStatus restarts */
                restarts?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a WorkloadStatus. */
            type $Shape = vxnet.v1.WorkloadStatus.$Properties;
        }

        /**
         * Properties of an AgentStatus.
         * @deprecated Use vxnet.v1.AgentStatus.$Properties instead.
         */
        interface IAgentStatus extends vxnet.v1.AgentStatus.$Properties {
        }

        /** Represents an AgentStatus. */
        class AgentStatus {

            /**
             * Constructs a new AgentStatus.
             * @param [properties] Properties to set
             */
            constructor(properties?: vxnet.v1.AgentStatus.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** AgentStatus version. */
            version: number;

            /** AgentStatus host. */
            host: string;

            /** AgentStatus sentMs. */
            sentMs: number;

            /** AgentStatus converged. */
            converged: boolean;

            /** AgentStatus lastError. */
            lastError: string;

            /** AgentStatus workloads. */
            workloads: vxnet.v1.WorkloadStatus.$Properties[];

            /** AgentStatus reconciles. */
            reconciles: number;

            /** AgentStatus predictionChecks. */
            predictionChecks: number;

            /** AgentStatus predictionDivergences. */
            predictionDivergences: number;

            /**
             * Creates a new AgentStatus instance using the specified properties.
             * @param [properties] Properties to set
             * @returns AgentStatus instance
             */
            static create(properties: vxnet.v1.AgentStatus.$Shape): vxnet.v1.AgentStatus & vxnet.v1.AgentStatus.$Shape;
            static create(properties?: vxnet.v1.AgentStatus.$Properties): vxnet.v1.AgentStatus;

            /**
             * Encodes the specified AgentStatus message. Does not implicitly {@link vxnet.v1.AgentStatus.verify|verify} messages.
             * @param message AgentStatus message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: vxnet.v1.AgentStatus.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an AgentStatus message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {vxnet.v1.AgentStatus & vxnet.v1.AgentStatus.$Shape} AgentStatus
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): vxnet.v1.AgentStatus & vxnet.v1.AgentStatus.$Shape;

            /**
             * Creates an AgentStatus message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns AgentStatus
             */
            static fromObject(object: { [k: string]: any }): vxnet.v1.AgentStatus;

            /**
             * Creates a plain object from an AgentStatus message. Also converts values to other types if specified.
             * @param message AgentStatus
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: vxnet.v1.AgentStatus, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this AgentStatus to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };
        }

        namespace AgentStatus {

            /** Properties of an AgentStatus. */
            interface $Properties {

                /** AgentStatus version */
                version?: (number|null);

                /** AgentStatus host */
                host?: (string|null);

                /** AgentStatus sentMs */
                sentMs?: (number|null);

                /** AgentStatus converged */
                converged?: (boolean|null);

                /** AgentStatus lastError */
                lastError?: (string|null);

                /** AgentStatus workloads */
                workloads?: (vxnet.v1.WorkloadStatus.$Properties[]|null);

                /** AgentStatus reconciles */
                reconciles?: (number|null);

                /** AgentStatus predictionChecks */
                predictionChecks?: (number|null);

                /** AgentStatus predictionDivergences */
                predictionDivergences?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an AgentStatus. */
            type $Shape = vxnet.v1.AgentStatus.$Properties;
        }

        /**
         * Properties of an ExecRequest.
         * @deprecated Use vxnet.v1.ExecRequest.$Properties instead.
         */
        interface IExecRequest extends vxnet.v1.ExecRequest.$Properties {
        }

        /** Represents an ExecRequest. */
        class ExecRequest {

            /**
             * Constructs a new ExecRequest.
             * @param [properties] Properties to set
             */
            constructor(properties?: vxnet.v1.ExecRequest.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** ExecRequest version. */
            version: number;

            /** ExecRequest workload. */
            workload: string;

            /** ExecRequest argv. */
            argv: string[];

            /** ExecRequest outputSubject. */
            outputSubject: string;

            /** ExecRequest timeoutMs. */
            timeoutMs: number;

            /** ExecRequest inputSubject. */
            inputSubject: string;

            /** ExecRequest stdin. */
            stdin: boolean;

            /**
             * Creates a new ExecRequest instance using the specified properties.
             * @param [properties] Properties to set
             * @returns ExecRequest instance
             */
            static create(properties: vxnet.v1.ExecRequest.$Shape): vxnet.v1.ExecRequest & vxnet.v1.ExecRequest.$Shape;
            static create(properties?: vxnet.v1.ExecRequest.$Properties): vxnet.v1.ExecRequest;

            /**
             * Encodes the specified ExecRequest message. Does not implicitly {@link vxnet.v1.ExecRequest.verify|verify} messages.
             * @param message ExecRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: vxnet.v1.ExecRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an ExecRequest message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {vxnet.v1.ExecRequest & vxnet.v1.ExecRequest.$Shape} ExecRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): vxnet.v1.ExecRequest & vxnet.v1.ExecRequest.$Shape;

            /**
             * Creates an ExecRequest message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns ExecRequest
             */
            static fromObject(object: { [k: string]: any }): vxnet.v1.ExecRequest;

            /**
             * Creates a plain object from an ExecRequest message. Also converts values to other types if specified.
             * @param message ExecRequest
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: vxnet.v1.ExecRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this ExecRequest to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };
        }

        namespace ExecRequest {

            /** Properties of an ExecRequest. */
            interface $Properties {

                /** ExecRequest version */
                version?: (number|null);

                /** ExecRequest workload */
                workload?: (string|null);

                /** ExecRequest argv */
                argv?: (string[]|null);

                /** ExecRequest outputSubject */
                outputSubject?: (string|null);

                /** ExecRequest timeoutMs */
                timeoutMs?: (number|null);

                /** ExecRequest inputSubject */
                inputSubject?: (string|null);

                /** ExecRequest stdin */
                stdin?: (boolean|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an ExecRequest. */
            type $Shape = vxnet.v1.ExecRequest.$Properties;
        }

        /**
         * Properties of an ExecInput.
         * @deprecated Use vxnet.v1.ExecInput.$Properties instead.
         */
        interface IExecInput extends vxnet.v1.ExecInput.$Properties {
        }

        /** Represents an ExecInput. */
        class ExecInput {

            /**
             * Constructs a new ExecInput.
             * @param [properties] Properties to set
             */
            constructor(properties?: vxnet.v1.ExecInput.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** ExecInput version. */
            version: number;

            /** ExecInput data. */
            data: Uint8Array;

            /** ExecInput eof. */
            eof: boolean;

            /** ExecInput signal. */
            signal: string;

            /**
             * Creates a new ExecInput instance using the specified properties.
             * @param [properties] Properties to set
             * @returns ExecInput instance
             */
            static create(properties: vxnet.v1.ExecInput.$Shape): vxnet.v1.ExecInput & vxnet.v1.ExecInput.$Shape;
            static create(properties?: vxnet.v1.ExecInput.$Properties): vxnet.v1.ExecInput;

            /**
             * Encodes the specified ExecInput message. Does not implicitly {@link vxnet.v1.ExecInput.verify|verify} messages.
             * @param message ExecInput message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: vxnet.v1.ExecInput.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an ExecInput message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {vxnet.v1.ExecInput & vxnet.v1.ExecInput.$Shape} ExecInput
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): vxnet.v1.ExecInput & vxnet.v1.ExecInput.$Shape;

            /**
             * Creates an ExecInput message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns ExecInput
             */
            static fromObject(object: { [k: string]: any }): vxnet.v1.ExecInput;

            /**
             * Creates a plain object from an ExecInput message. Also converts values to other types if specified.
             * @param message ExecInput
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: vxnet.v1.ExecInput, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this ExecInput to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };
        }

        namespace ExecInput {

            /** Properties of an ExecInput. */
            interface $Properties {

                /** ExecInput version */
                version?: (number|null);

                /** ExecInput data */
                data?: (Uint8Array|null);

                /** ExecInput eof */
                eof?: (boolean|null);

                /** ExecInput signal */
                signal?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an ExecInput. */
            type $Shape = vxnet.v1.ExecInput.$Properties;
        }

        /**
         * Properties of an ExecOutput.
         * @deprecated Use vxnet.v1.ExecOutput.$Properties instead.
         */
        interface IExecOutput extends vxnet.v1.ExecOutput.$Properties {
        }

        /** Represents an ExecOutput. */
        class ExecOutput {

            /**
             * Constructs a new ExecOutput.
             * @param [properties] Properties to set
             */
            constructor(properties?: vxnet.v1.ExecOutput.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** ExecOutput version. */
            version: number;

            /** ExecOutput seq. */
            seq: number;

            /** ExecOutput stream. */
            stream: number;

            /** ExecOutput data. */
            data: Uint8Array;

            /** ExecOutput done. */
            done: boolean;

            /** ExecOutput exitCode. */
            exitCode: number;

            /** ExecOutput error. */
            error?: (vxnet.v1.Error.$Properties|null);

            /**
             * Creates a new ExecOutput instance using the specified properties.
             * @param [properties] Properties to set
             * @returns ExecOutput instance
             */
            static create(properties: vxnet.v1.ExecOutput.$Shape): vxnet.v1.ExecOutput & vxnet.v1.ExecOutput.$Shape;
            static create(properties?: vxnet.v1.ExecOutput.$Properties): vxnet.v1.ExecOutput;

            /**
             * Encodes the specified ExecOutput message. Does not implicitly {@link vxnet.v1.ExecOutput.verify|verify} messages.
             * @param message ExecOutput message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: vxnet.v1.ExecOutput.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an ExecOutput message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {vxnet.v1.ExecOutput & vxnet.v1.ExecOutput.$Shape} ExecOutput
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): vxnet.v1.ExecOutput & vxnet.v1.ExecOutput.$Shape;

            /**
             * Creates an ExecOutput message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns ExecOutput
             */
            static fromObject(object: { [k: string]: any }): vxnet.v1.ExecOutput;

            /**
             * Creates a plain object from an ExecOutput message. Also converts values to other types if specified.
             * @param message ExecOutput
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: vxnet.v1.ExecOutput, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this ExecOutput to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };
        }

        namespace ExecOutput {

            /** Properties of an ExecOutput. */
            interface $Properties {

                /** ExecOutput version */
                version?: (number|null);

                /** ExecOutput seq */
                seq?: (number|null);

                /** ExecOutput stream */
                stream?: (number|null);

                /** ExecOutput data */
                data?: (Uint8Array|null);

                /** ExecOutput done */
                done?: (boolean|null);

                /** ExecOutput exitCode */
                exitCode?: (number|null);

                /** ExecOutput error */
                error?: (vxnet.v1.Error.$Properties|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an ExecOutput. */
            type $Shape = vxnet.v1.ExecOutput.$Properties;
        }

        /**
         * Properties of a HostPort.
         * @deprecated Use vxnet.v1.HostPort.$Properties instead.
         */
        interface IHostPort extends vxnet.v1.HostPort.$Properties {
        }

        /** Represents a HostPort. */
        class HostPort {

            /**
             * Constructs a new HostPort.
             * @param [properties] Properties to set
             */
            constructor(properties?: vxnet.v1.HostPort.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** HostPort protocol. */
            protocol: vxnet.v1.Protocol;

            /** HostPort hostIp. */
            hostIp: string;

            /** HostPort port. */
            port: number;

            /**
             * Creates a new HostPort instance using the specified properties.
             * @param [properties] Properties to set
             * @returns HostPort instance
             */
            static create(properties: vxnet.v1.HostPort.$Shape): vxnet.v1.HostPort & vxnet.v1.HostPort.$Shape;
            static create(properties?: vxnet.v1.HostPort.$Properties): vxnet.v1.HostPort;

            /**
             * Encodes the specified HostPort message. Does not implicitly {@link vxnet.v1.HostPort.verify|verify} messages.
             * @param message HostPort message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: vxnet.v1.HostPort.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a HostPort message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {vxnet.v1.HostPort & vxnet.v1.HostPort.$Shape} HostPort
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): vxnet.v1.HostPort & vxnet.v1.HostPort.$Shape;

            /**
             * Creates a HostPort message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns HostPort
             */
            static fromObject(object: { [k: string]: any }): vxnet.v1.HostPort;

            /**
             * Creates a plain object from a HostPort message. Also converts values to other types if specified.
             * @param message HostPort
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: vxnet.v1.HostPort, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this HostPort to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };
        }

        namespace HostPort {

            /** Properties of a HostPort. */
            interface $Properties {

                /** HostPort protocol */
                protocol?: (vxnet.v1.Protocol|null);

                /** HostPort hostIp */
                hostIp?: (string|null);

                /** HostPort port */
                port?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a HostPort. */
            type $Shape = vxnet.v1.HostPort.$Properties;
        }

        /**
         * Properties of a PortCheckRequest.
         * @deprecated Use vxnet.v1.PortCheckRequest.$Properties instead.
         */
        interface IPortCheckRequest extends vxnet.v1.PortCheckRequest.$Properties {
        }

        /** Represents a PortCheckRequest. */
        class PortCheckRequest {

            /**
             * Constructs a new PortCheckRequest.
             * @param [properties] Properties to set
             */
            constructor(properties?: vxnet.v1.PortCheckRequest.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** PortCheckRequest version. */
            version: number;

            /** PortCheckRequest ports. */
            ports: vxnet.v1.HostPort.$Properties[];

            /**
             * Creates a new PortCheckRequest instance using the specified properties.
             * @param [properties] Properties to set
             * @returns PortCheckRequest instance
             */
            static create(properties: vxnet.v1.PortCheckRequest.$Shape): vxnet.v1.PortCheckRequest & vxnet.v1.PortCheckRequest.$Shape;
            static create(properties?: vxnet.v1.PortCheckRequest.$Properties): vxnet.v1.PortCheckRequest;

            /**
             * Encodes the specified PortCheckRequest message. Does not implicitly {@link vxnet.v1.PortCheckRequest.verify|verify} messages.
             * @param message PortCheckRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: vxnet.v1.PortCheckRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a PortCheckRequest message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {vxnet.v1.PortCheckRequest & vxnet.v1.PortCheckRequest.$Shape} PortCheckRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): vxnet.v1.PortCheckRequest & vxnet.v1.PortCheckRequest.$Shape;

            /**
             * Creates a PortCheckRequest message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns PortCheckRequest
             */
            static fromObject(object: { [k: string]: any }): vxnet.v1.PortCheckRequest;

            /**
             * Creates a plain object from a PortCheckRequest message. Also converts values to other types if specified.
             * @param message PortCheckRequest
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: vxnet.v1.PortCheckRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this PortCheckRequest to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };
        }

        namespace PortCheckRequest {

            /** Properties of a PortCheckRequest. */
            interface $Properties {

                /** PortCheckRequest version */
                version?: (number|null);

                /** PortCheckRequest ports */
                ports?: (vxnet.v1.HostPort.$Properties[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a PortCheckRequest. */
            type $Shape = vxnet.v1.PortCheckRequest.$Properties;
        }

        /**
         * Properties of a PortCheckReply.
         * @deprecated Use vxnet.v1.PortCheckReply.$Properties instead.
         */
        interface IPortCheckReply extends vxnet.v1.PortCheckReply.$Properties {
        }

        /** Represents a PortCheckReply. */
        class PortCheckReply {

            /**
             * Constructs a new PortCheckReply.
             * @param [properties] Properties to set
             */
            constructor(properties?: vxnet.v1.PortCheckReply.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** PortCheckReply version. */
            version: number;

            /** PortCheckReply inUse. */
            inUse: vxnet.v1.HostPort.$Properties[];

            /** PortCheckReply error. */
            error?: (vxnet.v1.Error.$Properties|null);

            /**
             * Creates a new PortCheckReply instance using the specified properties.
             * @param [properties] Properties to set
             * @returns PortCheckReply instance
             */
            static create(properties: vxnet.v1.PortCheckReply.$Shape): vxnet.v1.PortCheckReply & vxnet.v1.PortCheckReply.$Shape;
            static create(properties?: vxnet.v1.PortCheckReply.$Properties): vxnet.v1.PortCheckReply;

            /**
             * Encodes the specified PortCheckReply message. Does not implicitly {@link vxnet.v1.PortCheckReply.verify|verify} messages.
             * @param message PortCheckReply message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: vxnet.v1.PortCheckReply.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a PortCheckReply message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {vxnet.v1.PortCheckReply & vxnet.v1.PortCheckReply.$Shape} PortCheckReply
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): vxnet.v1.PortCheckReply & vxnet.v1.PortCheckReply.$Shape;

            /**
             * Creates a PortCheckReply message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns PortCheckReply
             */
            static fromObject(object: { [k: string]: any }): vxnet.v1.PortCheckReply;

            /**
             * Creates a plain object from a PortCheckReply message. Also converts values to other types if specified.
             * @param message PortCheckReply
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: vxnet.v1.PortCheckReply, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this PortCheckReply to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };
        }

        namespace PortCheckReply {

            /** Properties of a PortCheckReply. */
            interface $Properties {

                /** PortCheckReply version */
                version?: (number|null);

                /** PortCheckReply inUse */
                inUse?: (vxnet.v1.HostPort.$Properties[]|null);

                /** PortCheckReply error */
                error?: (vxnet.v1.Error.$Properties|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a PortCheckReply. */
            type $Shape = vxnet.v1.PortCheckReply.$Properties;
        }

        /**
         * Properties of a LogsRequest.
         * @deprecated Use vxnet.v1.LogsRequest.$Properties instead.
         */
        interface ILogsRequest extends vxnet.v1.LogsRequest.$Properties {
        }

        /** Represents a LogsRequest. */
        class LogsRequest {

            /**
             * Constructs a new LogsRequest.
             * @param [properties] Properties to set
             */
            constructor(properties?: vxnet.v1.LogsRequest.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** LogsRequest version. */
            version: number;

            /** LogsRequest workload. */
            workload: string;

            /** LogsRequest maxBytes. */
            maxBytes: number;

            /** LogsRequest fromOffset. */
            fromOffset: boolean;

            /** LogsRequest offset. */
            offset: number;

            /** LogsRequest since. */
            since: string;

            /** LogsRequest until. */
            until: string;

            /** LogsRequest tail. */
            tail: boolean;

            /** LogsRequest tailLines. */
            tailLines: number;

            /** LogsRequest records. */
            records: boolean;

            /**
             * Creates a new LogsRequest instance using the specified properties.
             * @param [properties] Properties to set
             * @returns LogsRequest instance
             */
            static create(properties: vxnet.v1.LogsRequest.$Shape): vxnet.v1.LogsRequest & vxnet.v1.LogsRequest.$Shape;
            static create(properties?: vxnet.v1.LogsRequest.$Properties): vxnet.v1.LogsRequest;

            /**
             * Encodes the specified LogsRequest message. Does not implicitly {@link vxnet.v1.LogsRequest.verify|verify} messages.
             * @param message LogsRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: vxnet.v1.LogsRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a LogsRequest message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {vxnet.v1.LogsRequest & vxnet.v1.LogsRequest.$Shape} LogsRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): vxnet.v1.LogsRequest & vxnet.v1.LogsRequest.$Shape;

            /**
             * Creates a LogsRequest message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns LogsRequest
             */
            static fromObject(object: { [k: string]: any }): vxnet.v1.LogsRequest;

            /**
             * Creates a plain object from a LogsRequest message. Also converts values to other types if specified.
             * @param message LogsRequest
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: vxnet.v1.LogsRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this LogsRequest to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };
        }

        namespace LogsRequest {

            /** Properties of a LogsRequest. */
            interface $Properties {

                /** LogsRequest version */
                version?: (number|null);

                /** LogsRequest workload */
                workload?: (string|null);

                /** LogsRequest maxBytes */
                maxBytes?: (number|null);

                /** LogsRequest fromOffset */
                fromOffset?: (boolean|null);

                /** LogsRequest offset */
                offset?: (number|null);

                /** LogsRequest since */
                since?: (string|null);

                /** LogsRequest until */
                until?: (string|null);

                /** LogsRequest tail */
                tail?: (boolean|null);

                /** LogsRequest tailLines */
                tailLines?: (number|null);

                /** LogsRequest records */
                records?: (boolean|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a LogsRequest. */
            type $Shape = vxnet.v1.LogsRequest.$Properties;
        }

        /**
         * Properties of a LogRecord.
         * @deprecated Use vxnet.v1.LogRecord.$Properties instead.
         */
        interface ILogRecord extends vxnet.v1.LogRecord.$Properties {
        }

        /** Represents a LogRecord. */
        class LogRecord {

            /**
             * Constructs a new LogRecord.
             * @param [properties] Properties to set
             */
            constructor(properties?: vxnet.v1.LogRecord.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** LogRecord time. */
            time: string;

            /** LogRecord stderr. */
            stderr: boolean;

            /** LogRecord data. */
            data: Uint8Array;

            /**
             * Creates a new LogRecord instance using the specified properties.
             * @param [properties] Properties to set
             * @returns LogRecord instance
             */
            static create(properties: vxnet.v1.LogRecord.$Shape): vxnet.v1.LogRecord & vxnet.v1.LogRecord.$Shape;
            static create(properties?: vxnet.v1.LogRecord.$Properties): vxnet.v1.LogRecord;

            /**
             * Encodes the specified LogRecord message. Does not implicitly {@link vxnet.v1.LogRecord.verify|verify} messages.
             * @param message LogRecord message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: vxnet.v1.LogRecord.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a LogRecord message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {vxnet.v1.LogRecord & vxnet.v1.LogRecord.$Shape} LogRecord
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): vxnet.v1.LogRecord & vxnet.v1.LogRecord.$Shape;

            /**
             * Creates a LogRecord message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns LogRecord
             */
            static fromObject(object: { [k: string]: any }): vxnet.v1.LogRecord;

            /**
             * Creates a plain object from a LogRecord message. Also converts values to other types if specified.
             * @param message LogRecord
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: vxnet.v1.LogRecord, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this LogRecord to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };
        }

        namespace LogRecord {

            /** Properties of a LogRecord. */
            interface $Properties {

                /** LogRecord time */
                time?: (string|null);

                /** LogRecord stderr */
                stderr?: (boolean|null);

                /** LogRecord data */
                data?: (Uint8Array|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a LogRecord. */
            type $Shape = vxnet.v1.LogRecord.$Properties;
        }

        /**
         * Properties of a LogsReply.
         * @deprecated Use vxnet.v1.LogsReply.$Properties instead.
         */
        interface ILogsReply extends vxnet.v1.LogsReply.$Properties {
        }

        /** Represents a LogsReply. */
        class LogsReply {

            /**
             * Constructs a new LogsReply.
             * @param [properties] Properties to set
             */
            constructor(properties?: vxnet.v1.LogsReply.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** LogsReply version. */
            version: number;

            /** LogsReply data. */
            data: Uint8Array;

            /** LogsReply truncated. */
            truncated: boolean;

            /** LogsReply error. */
            error?: (vxnet.v1.Error.$Properties|null);

            /** LogsReply endOffset. */
            endOffset: number;

            /** LogsReply running. */
            running: boolean;

            /** LogsReply records. */
            records: vxnet.v1.LogRecord.$Properties[];

            /** LogsReply more. */
            more: boolean;

            /**
             * Creates a new LogsReply instance using the specified properties.
             * @param [properties] Properties to set
             * @returns LogsReply instance
             */
            static create(properties: vxnet.v1.LogsReply.$Shape): vxnet.v1.LogsReply & vxnet.v1.LogsReply.$Shape;
            static create(properties?: vxnet.v1.LogsReply.$Properties): vxnet.v1.LogsReply;

            /**
             * Encodes the specified LogsReply message. Does not implicitly {@link vxnet.v1.LogsReply.verify|verify} messages.
             * @param message LogsReply message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: vxnet.v1.LogsReply.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a LogsReply message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {vxnet.v1.LogsReply & vxnet.v1.LogsReply.$Shape} LogsReply
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): vxnet.v1.LogsReply & vxnet.v1.LogsReply.$Shape;

            /**
             * Creates a LogsReply message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns LogsReply
             */
            static fromObject(object: { [k: string]: any }): vxnet.v1.LogsReply;

            /**
             * Creates a plain object from a LogsReply message. Also converts values to other types if specified.
             * @param message LogsReply
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: vxnet.v1.LogsReply, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this LogsReply to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };
        }

        namespace LogsReply {

            /** Properties of a LogsReply. */
            interface $Properties {

                /** LogsReply version */
                version?: (number|null);

                /** LogsReply data */
                data?: (Uint8Array|null);

                /** LogsReply truncated */
                truncated?: (boolean|null);

                /** LogsReply error */
                error?: (vxnet.v1.Error.$Properties|null);

                /** LogsReply endOffset */
                endOffset?: (number|null);

                /** LogsReply running */
                running?: (boolean|null);

                /** LogsReply records */
                records?: (vxnet.v1.LogRecord.$Properties[]|null);

                /** LogsReply more */
                more?: (boolean|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a LogsReply. */
            type $Shape = vxnet.v1.LogsReply.$Properties;
        }

        /**
         * Properties of a NetworkCreateRequest.
         * @deprecated Use vxnet.v1.NetworkCreateRequest.$Properties instead.
         */
        interface INetworkCreateRequest extends vxnet.v1.NetworkCreateRequest.$Properties {
        }

        /** Represents a NetworkCreateRequest. */
        class NetworkCreateRequest {

            /**
             * Constructs a new NetworkCreateRequest.
             * @param [properties] Properties to set
             */
            constructor(properties?: vxnet.v1.NetworkCreateRequest.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** NetworkCreateRequest version. */
            version: number;

            /** NetworkCreateRequest name. */
            name: string;

            /** NetworkCreateRequest driver. */
            driver: vxnet.v1.Driver;

            /** NetworkCreateRequest subnet. */
            subnet: string;

            /** NetworkCreateRequest gateway. */
            gateway: string;

            /** NetworkCreateRequest ipRange. */
            ipRange: string;

            /** NetworkCreateRequest internal. */
            internal: boolean;

            /** NetworkCreateRequest host. */
            host: string;

            /** NetworkCreateRequest labels. */
            labels: { [k: string]: string };

            /** NetworkCreateRequest options. */
            options: { [k: string]: string };

            /** NetworkCreateRequest ipv6. */
            ipv6: boolean;

            /** NetworkCreateRequest subnet6. */
            subnet6: string;

            /** NetworkCreateRequest gateway6. */
            gateway6: string;

            /** NetworkCreateRequest ipRange6. */
            ipRange6: string;

            /** NetworkCreateRequest auxAddresses. */
            auxAddresses: { [k: string]: string };

            /**
             * Creates a new NetworkCreateRequest instance using the specified properties.
             * @param [properties] Properties to set
             * @returns NetworkCreateRequest instance
             */
            static create(properties: vxnet.v1.NetworkCreateRequest.$Shape): vxnet.v1.NetworkCreateRequest & vxnet.v1.NetworkCreateRequest.$Shape;
            static create(properties?: vxnet.v1.NetworkCreateRequest.$Properties): vxnet.v1.NetworkCreateRequest;

            /**
             * Encodes the specified NetworkCreateRequest message. Does not implicitly {@link vxnet.v1.NetworkCreateRequest.verify|verify} messages.
             * @param message NetworkCreateRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: vxnet.v1.NetworkCreateRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a NetworkCreateRequest message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {vxnet.v1.NetworkCreateRequest & vxnet.v1.NetworkCreateRequest.$Shape} NetworkCreateRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): vxnet.v1.NetworkCreateRequest & vxnet.v1.NetworkCreateRequest.$Shape;

            /**
             * Creates a NetworkCreateRequest message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns NetworkCreateRequest
             */
            static fromObject(object: { [k: string]: any }): vxnet.v1.NetworkCreateRequest;

            /**
             * Creates a plain object from a NetworkCreateRequest message. Also converts values to other types if specified.
             * @param message NetworkCreateRequest
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: vxnet.v1.NetworkCreateRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this NetworkCreateRequest to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };
        }

        namespace NetworkCreateRequest {

            /** Properties of a NetworkCreateRequest. */
            interface $Properties {

                /** NetworkCreateRequest version */
                version?: (number|null);

                /** NetworkCreateRequest name */
                name?: (string|null);

                /** NetworkCreateRequest driver */
                driver?: (vxnet.v1.Driver|null);

                /** NetworkCreateRequest subnet */
                subnet?: (string|null);

                /** NetworkCreateRequest gateway */
                gateway?: (string|null);

                /** NetworkCreateRequest ipRange */
                ipRange?: (string|null);

                /** NetworkCreateRequest internal */
                internal?: (boolean|null);

                /** NetworkCreateRequest host */
                host?: (string|null);

                /** NetworkCreateRequest labels */
                labels?: ({ [k: string]: string }|null);

                /** NetworkCreateRequest options */
                options?: ({ [k: string]: string }|null);

                /** NetworkCreateRequest ipv6 */
                ipv6?: (boolean|null);

                /** NetworkCreateRequest subnet6 */
                subnet6?: (string|null);

                /** NetworkCreateRequest gateway6 */
                gateway6?: (string|null);

                /** NetworkCreateRequest ipRange6 */
                ipRange6?: (string|null);

                /** NetworkCreateRequest auxAddresses */
                auxAddresses?: ({ [k: string]: string }|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a NetworkCreateRequest. */
            type $Shape = vxnet.v1.NetworkCreateRequest.$Properties;
        }

        /**
         * Properties of a NameRequest.
         * @deprecated Use vxnet.v1.NameRequest.$Properties instead.
         */
        interface INameRequest extends vxnet.v1.NameRequest.$Properties {
        }

        /** Represents a NameRequest. */
        class NameRequest {

            /**
             * Constructs a new NameRequest.
             * @param [properties] Properties to set
             */
            constructor(properties?: vxnet.v1.NameRequest.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** NameRequest version. */
            version: number;

            /** NameRequest names. */
            names: string[];

            /** NameRequest force. */
            force: boolean;

            /**
             * Creates a new NameRequest instance using the specified properties.
             * @param [properties] Properties to set
             * @returns NameRequest instance
             */
            static create(properties: vxnet.v1.NameRequest.$Shape): vxnet.v1.NameRequest & vxnet.v1.NameRequest.$Shape;
            static create(properties?: vxnet.v1.NameRequest.$Properties): vxnet.v1.NameRequest;

            /**
             * Encodes the specified NameRequest message. Does not implicitly {@link vxnet.v1.NameRequest.verify|verify} messages.
             * @param message NameRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: vxnet.v1.NameRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a NameRequest message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {vxnet.v1.NameRequest & vxnet.v1.NameRequest.$Shape} NameRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): vxnet.v1.NameRequest & vxnet.v1.NameRequest.$Shape;

            /**
             * Creates a NameRequest message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns NameRequest
             */
            static fromObject(object: { [k: string]: any }): vxnet.v1.NameRequest;

            /**
             * Creates a plain object from a NameRequest message. Also converts values to other types if specified.
             * @param message NameRequest
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: vxnet.v1.NameRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this NameRequest to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };
        }

        namespace NameRequest {

            /** Properties of a NameRequest. */
            interface $Properties {

                /** NameRequest version */
                version?: (number|null);

                /** NameRequest names */
                names?: (string[]|null);

                /** NameRequest force */
                force?: (boolean|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a NameRequest. */
            type $Shape = vxnet.v1.NameRequest.$Properties;
        }

        /**
         * Properties of an EndpointView.
         * @deprecated Use vxnet.v1.EndpointView.$Properties instead.
         */
        interface IEndpointView extends vxnet.v1.EndpointView.$Properties {
        }

        /** Represents an EndpointView. */
        class EndpointView {

            /**
             * Constructs a new EndpointView.
             * @param [properties] Properties to set
             */
            constructor(properties?: vxnet.v1.EndpointView.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** EndpointView workload. */
            workload: string;

            /** EndpointView host. */
            host: string;

            /** EndpointView ip. */
            ip: string;

            /** EndpointView mac. */
            mac: string;

            /** EndpointView aliases. */
            aliases: string[];

            /** EndpointView vtep. */
            vtep: string;

            /** EndpointView kind. */
            kind: vxnet.v1.EndpointKind;

            /** EndpointView containerId. */
            containerId: string;

            /** EndpointView ip6. */
            ip6: string;

            /**
             * Creates a new EndpointView instance using the specified properties.
             * @param [properties] Properties to set
             * @returns EndpointView instance
             */
            static create(properties: vxnet.v1.EndpointView.$Shape): vxnet.v1.EndpointView & vxnet.v1.EndpointView.$Shape;
            static create(properties?: vxnet.v1.EndpointView.$Properties): vxnet.v1.EndpointView;

            /**
             * Encodes the specified EndpointView message. Does not implicitly {@link vxnet.v1.EndpointView.verify|verify} messages.
             * @param message EndpointView message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: vxnet.v1.EndpointView.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an EndpointView message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {vxnet.v1.EndpointView & vxnet.v1.EndpointView.$Shape} EndpointView
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): vxnet.v1.EndpointView & vxnet.v1.EndpointView.$Shape;

            /**
             * Creates an EndpointView message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns EndpointView
             */
            static fromObject(object: { [k: string]: any }): vxnet.v1.EndpointView;

            /**
             * Creates a plain object from an EndpointView message. Also converts values to other types if specified.
             * @param message EndpointView
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: vxnet.v1.EndpointView, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this EndpointView to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };
        }

        namespace EndpointView {

            /** Properties of an EndpointView. */
            interface $Properties {

                /** EndpointView workload */
                workload?: (string|null);

                /** EndpointView host */
                host?: (string|null);

                /** EndpointView ip */
                ip?: (string|null);

                /** EndpointView mac */
                mac?: (string|null);

                /** EndpointView aliases */
                aliases?: (string[]|null);

                /** EndpointView vtep */
                vtep?: (string|null);

                /** EndpointView kind */
                kind?: (vxnet.v1.EndpointKind|null);

                /** EndpointView containerId */
                containerId?: (string|null);

                /** EndpointView ip6 */
                ip6?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an EndpointView. */
            type $Shape = vxnet.v1.EndpointView.$Properties;
        }

        /**
         * Properties of a NetworkView.
         * @deprecated Use vxnet.v1.NetworkView.$Properties instead.
         */
        interface INetworkView extends vxnet.v1.NetworkView.$Properties {
        }

        /** Represents a NetworkView. */
        class NetworkView {

            /**
             * Constructs a new NetworkView.
             * @param [properties] Properties to set
             */
            constructor(properties?: vxnet.v1.NetworkView.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** NetworkView network. */
            network?: (vxnet.v1.Network.$Properties|null);

            /** NetworkView endpoints. */
            endpoints: vxnet.v1.EndpointView.$Properties[];

            /**
             * Creates a new NetworkView instance using the specified properties.
             * @param [properties] Properties to set
             * @returns NetworkView instance
             */
            static create(properties: vxnet.v1.NetworkView.$Shape): vxnet.v1.NetworkView & vxnet.v1.NetworkView.$Shape;
            static create(properties?: vxnet.v1.NetworkView.$Properties): vxnet.v1.NetworkView;

            /**
             * Encodes the specified NetworkView message. Does not implicitly {@link vxnet.v1.NetworkView.verify|verify} messages.
             * @param message NetworkView message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: vxnet.v1.NetworkView.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a NetworkView message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {vxnet.v1.NetworkView & vxnet.v1.NetworkView.$Shape} NetworkView
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): vxnet.v1.NetworkView & vxnet.v1.NetworkView.$Shape;

            /**
             * Creates a NetworkView message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns NetworkView
             */
            static fromObject(object: { [k: string]: any }): vxnet.v1.NetworkView;

            /**
             * Creates a plain object from a NetworkView message. Also converts values to other types if specified.
             * @param message NetworkView
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: vxnet.v1.NetworkView, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this NetworkView to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };
        }

        namespace NetworkView {

            /** Properties of a NetworkView. */
            interface $Properties {

                /** NetworkView network */
                network?: (vxnet.v1.Network.$Properties|null);

                /** NetworkView endpoints */
                endpoints?: (vxnet.v1.EndpointView.$Properties[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a NetworkView. */
            type $Shape = vxnet.v1.NetworkView.$Properties;
        }

        /**
         * Properties of a NetworkReply.
         * @deprecated Use vxnet.v1.NetworkReply.$Properties instead.
         */
        interface INetworkReply extends vxnet.v1.NetworkReply.$Properties {
        }

        /** Represents a NetworkReply. */
        class NetworkReply {

            /**
             * Constructs a new NetworkReply.
             * @param [properties] Properties to set
             */
            constructor(properties?: vxnet.v1.NetworkReply.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** NetworkReply version. */
            version: number;

            /** NetworkReply error. */
            error?: (vxnet.v1.Error.$Properties|null);

            /** NetworkReply networks. */
            networks: vxnet.v1.NetworkView.$Properties[];

            /** NetworkReply removed. */
            removed: string[];

            /**
             * Creates a new NetworkReply instance using the specified properties.
             * @param [properties] Properties to set
             * @returns NetworkReply instance
             */
            static create(properties: vxnet.v1.NetworkReply.$Shape): vxnet.v1.NetworkReply & vxnet.v1.NetworkReply.$Shape;
            static create(properties?: vxnet.v1.NetworkReply.$Properties): vxnet.v1.NetworkReply;

            /**
             * Encodes the specified NetworkReply message. Does not implicitly {@link vxnet.v1.NetworkReply.verify|verify} messages.
             * @param message NetworkReply message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: vxnet.v1.NetworkReply.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a NetworkReply message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {vxnet.v1.NetworkReply & vxnet.v1.NetworkReply.$Shape} NetworkReply
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): vxnet.v1.NetworkReply & vxnet.v1.NetworkReply.$Shape;

            /**
             * Creates a NetworkReply message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns NetworkReply
             */
            static fromObject(object: { [k: string]: any }): vxnet.v1.NetworkReply;

            /**
             * Creates a plain object from a NetworkReply message. Also converts values to other types if specified.
             * @param message NetworkReply
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: vxnet.v1.NetworkReply, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this NetworkReply to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };
        }

        namespace NetworkReply {

            /** Properties of a NetworkReply. */
            interface $Properties {

                /** NetworkReply version */
                version?: (number|null);

                /** NetworkReply error */
                error?: (vxnet.v1.Error.$Properties|null);

                /** NetworkReply networks */
                networks?: (vxnet.v1.NetworkView.$Properties[]|null);

                /** NetworkReply removed */
                removed?: (string[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a NetworkReply. */
            type $Shape = vxnet.v1.NetworkReply.$Properties;
        }

        /**
         * Properties of a RunRequest.
         * @deprecated Use vxnet.v1.RunRequest.$Properties instead.
         */
        interface IRunRequest extends vxnet.v1.RunRequest.$Properties {
        }

        /** Represents a RunRequest. */
        class RunRequest {

            /**
             * Constructs a new RunRequest.
             * @param [properties] Properties to set
             */
            constructor(properties?: vxnet.v1.RunRequest.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** RunRequest version. */
            version: number;

            /** RunRequest name. */
            name: string;

            /** RunRequest host. */
            host: string;

            /** RunRequest networks. */
            networks: string[];

            /** RunRequest ip. */
            ip: string;

            /** RunRequest aliases. */
            aliases: string[];

            /** RunRequest command. */
            command: string[];

            /** RunRequest hostname. */
            hostname: string;

            /** RunRequest dns. */
            dns: string[];

            /** RunRequest dnsSearch. */
            dnsSearch: string[];

            /** RunRequest dnsOptions. */
            dnsOptions: string[];

            /** RunRequest addHosts. */
            addHosts: string[];

            /** RunRequest publish. */
            publish: string[];

            /** RunRequest publishAll. */
            publishAll: boolean;

            /** RunRequest expose. */
            expose: string[];

            /** RunRequest labels. */
            labels: { [k: string]: string };

            /** RunRequest kind. */
            kind: vxnet.v1.EndpointKind;

            /** RunRequest containerId. */
            containerId: string;

            /** RunRequest netnsPath. */
            netnsPath: string;

            /** RunRequest ifname. */
            ifname: string;

            /** RunRequest mac. */
            mac: string;

            /** RunRequest mtu. */
            mtu: number;

            /** RunRequest env. */
            env: string[];

            /** RunRequest autoRemove. */
            autoRemove: boolean;

            /** RunRequest restart. */
            restart: string;

            /** RunRequest ip6. */
            ip6: string;

            /** RunRequest requestId. */
            requestId: string;

            /**
             * Creates a new RunRequest instance using the specified properties.
             * @param [properties] Properties to set
             * @returns RunRequest instance
             */
            static create(properties: vxnet.v1.RunRequest.$Shape): vxnet.v1.RunRequest & vxnet.v1.RunRequest.$Shape;
            static create(properties?: vxnet.v1.RunRequest.$Properties): vxnet.v1.RunRequest;

            /**
             * Encodes the specified RunRequest message. Does not implicitly {@link vxnet.v1.RunRequest.verify|verify} messages.
             * @param message RunRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: vxnet.v1.RunRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a RunRequest message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {vxnet.v1.RunRequest & vxnet.v1.RunRequest.$Shape} RunRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): vxnet.v1.RunRequest & vxnet.v1.RunRequest.$Shape;

            /**
             * Creates a RunRequest message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns RunRequest
             */
            static fromObject(object: { [k: string]: any }): vxnet.v1.RunRequest;

            /**
             * Creates a plain object from a RunRequest message. Also converts values to other types if specified.
             * @param message RunRequest
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: vxnet.v1.RunRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this RunRequest to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };
        }

        namespace RunRequest {

            /** Properties of a RunRequest. */
            interface $Properties {

                /** RunRequest version */
                version?: (number|null);

                /** RunRequest name */
                name?: (string|null);

                /** RunRequest host */
                host?: (string|null);

                /** RunRequest networks */
                networks?: (string[]|null);

                /** RunRequest ip */
                ip?: (string|null);

                /** RunRequest aliases */
                aliases?: (string[]|null);

                /** RunRequest command */
                command?: (string[]|null);

                /** RunRequest hostname */
                hostname?: (string|null);

                /** RunRequest dns */
                dns?: (string[]|null);

                /** RunRequest dnsSearch */
                dnsSearch?: (string[]|null);

                /** RunRequest dnsOptions */
                dnsOptions?: (string[]|null);

                /** RunRequest addHosts */
                addHosts?: (string[]|null);

                /** RunRequest publish */
                publish?: (string[]|null);

                /** RunRequest publishAll */
                publishAll?: (boolean|null);

                /** RunRequest expose */
                expose?: (string[]|null);

                /** RunRequest labels */
                labels?: ({ [k: string]: string }|null);

                /** RunRequest kind */
                kind?: (vxnet.v1.EndpointKind|null);

                /** RunRequest containerId */
                containerId?: (string|null);

                /** RunRequest netnsPath */
                netnsPath?: (string|null);

                /** RunRequest ifname */
                ifname?: (string|null);

                /** RunRequest mac */
                mac?: (string|null);

                /** RunRequest mtu */
                mtu?: (number|null);

                /** RunRequest env */
                env?: (string[]|null);

                /** RunRequest autoRemove */
                autoRemove?: (boolean|null);

                /** RunRequest restart */
                restart?: (string|null);

                /** RunRequest ip6 */
                ip6?: (string|null);

                /** RunRequest requestId */
                requestId?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a RunRequest. */
            type $Shape = vxnet.v1.RunRequest.$Properties;
        }

        /**
         * Properties of a ConnectRequest.
         * @deprecated Use vxnet.v1.ConnectRequest.$Properties instead.
         */
        interface IConnectRequest extends vxnet.v1.ConnectRequest.$Properties {
        }

        /** Represents a ConnectRequest. */
        class ConnectRequest {

            /**
             * Constructs a new ConnectRequest.
             * @param [properties] Properties to set
             */
            constructor(properties?: vxnet.v1.ConnectRequest.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** ConnectRequest version. */
            version: number;

            /** ConnectRequest network. */
            network: string;

            /** ConnectRequest workload. */
            workload: string;

            /** ConnectRequest ip. */
            ip: string;

            /** ConnectRequest aliases. */
            aliases: string[];

            /** ConnectRequest ip6. */
            ip6: string;

            /**
             * Creates a new ConnectRequest instance using the specified properties.
             * @param [properties] Properties to set
             * @returns ConnectRequest instance
             */
            static create(properties: vxnet.v1.ConnectRequest.$Shape): vxnet.v1.ConnectRequest & vxnet.v1.ConnectRequest.$Shape;
            static create(properties?: vxnet.v1.ConnectRequest.$Properties): vxnet.v1.ConnectRequest;

            /**
             * Encodes the specified ConnectRequest message. Does not implicitly {@link vxnet.v1.ConnectRequest.verify|verify} messages.
             * @param message ConnectRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: vxnet.v1.ConnectRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a ConnectRequest message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {vxnet.v1.ConnectRequest & vxnet.v1.ConnectRequest.$Shape} ConnectRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): vxnet.v1.ConnectRequest & vxnet.v1.ConnectRequest.$Shape;

            /**
             * Creates a ConnectRequest message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns ConnectRequest
             */
            static fromObject(object: { [k: string]: any }): vxnet.v1.ConnectRequest;

            /**
             * Creates a plain object from a ConnectRequest message. Also converts values to other types if specified.
             * @param message ConnectRequest
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: vxnet.v1.ConnectRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this ConnectRequest to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };
        }

        namespace ConnectRequest {

            /** Properties of a ConnectRequest. */
            interface $Properties {

                /** ConnectRequest version */
                version?: (number|null);

                /** ConnectRequest network */
                network?: (string|null);

                /** ConnectRequest workload */
                workload?: (string|null);

                /** ConnectRequest ip */
                ip?: (string|null);

                /** ConnectRequest aliases */
                aliases?: (string[]|null);

                /** ConnectRequest ip6 */
                ip6?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a ConnectRequest. */
            type $Shape = vxnet.v1.ConnectRequest.$Properties;
        }

        /**
         * Properties of a WorkloadView.
         * @deprecated Use vxnet.v1.WorkloadView.$Properties instead.
         */
        interface IWorkloadView extends vxnet.v1.WorkloadView.$Properties {
        }

        /** Represents a WorkloadView. */
        class WorkloadView {

            /**
             * Constructs a new WorkloadView.
             * @param [properties] Properties to set
             */
            constructor(properties?: vxnet.v1.WorkloadView.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** WorkloadView workload. */
            workload?: (vxnet.v1.Workload.$Properties|null);

            /** WorkloadView status. */
            status?: (vxnet.v1.WorkloadStatus.$Properties|null);

            /**
             * Creates a new WorkloadView instance using the specified properties.
             * @param [properties] Properties to set
             * @returns WorkloadView instance
             */
            static create(properties: vxnet.v1.WorkloadView.$Shape): vxnet.v1.WorkloadView & vxnet.v1.WorkloadView.$Shape;
            static create(properties?: vxnet.v1.WorkloadView.$Properties): vxnet.v1.WorkloadView;

            /**
             * Encodes the specified WorkloadView message. Does not implicitly {@link vxnet.v1.WorkloadView.verify|verify} messages.
             * @param message WorkloadView message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: vxnet.v1.WorkloadView.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a WorkloadView message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {vxnet.v1.WorkloadView & vxnet.v1.WorkloadView.$Shape} WorkloadView
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): vxnet.v1.WorkloadView & vxnet.v1.WorkloadView.$Shape;

            /**
             * Creates a WorkloadView message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns WorkloadView
             */
            static fromObject(object: { [k: string]: any }): vxnet.v1.WorkloadView;

            /**
             * Creates a plain object from a WorkloadView message. Also converts values to other types if specified.
             * @param message WorkloadView
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: vxnet.v1.WorkloadView, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this WorkloadView to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };
        }

        namespace WorkloadView {

            /** Properties of a WorkloadView. */
            interface $Properties {

                /** WorkloadView workload */
                workload?: (vxnet.v1.Workload.$Properties|null);

                /** WorkloadView status */
                status?: (vxnet.v1.WorkloadStatus.$Properties|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a WorkloadView. */
            type $Shape = vxnet.v1.WorkloadView.$Properties;
        }

        /**
         * Properties of a WorkloadReply.
         * @deprecated Use vxnet.v1.WorkloadReply.$Properties instead.
         */
        interface IWorkloadReply extends vxnet.v1.WorkloadReply.$Properties {
        }

        /** Represents a WorkloadReply. */
        class WorkloadReply {

            /**
             * Constructs a new WorkloadReply.
             * @param [properties] Properties to set
             */
            constructor(properties?: vxnet.v1.WorkloadReply.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** WorkloadReply version. */
            version: number;

            /** WorkloadReply error. */
            error?: (vxnet.v1.Error.$Properties|null);

            /** WorkloadReply workloads. */
            workloads: vxnet.v1.WorkloadView.$Properties[];

            /** WorkloadReply removed. */
            removed: string[];

            /**
             * Creates a new WorkloadReply instance using the specified properties.
             * @param [properties] Properties to set
             * @returns WorkloadReply instance
             */
            static create(properties: vxnet.v1.WorkloadReply.$Shape): vxnet.v1.WorkloadReply & vxnet.v1.WorkloadReply.$Shape;
            static create(properties?: vxnet.v1.WorkloadReply.$Properties): vxnet.v1.WorkloadReply;

            /**
             * Encodes the specified WorkloadReply message. Does not implicitly {@link vxnet.v1.WorkloadReply.verify|verify} messages.
             * @param message WorkloadReply message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: vxnet.v1.WorkloadReply.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a WorkloadReply message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {vxnet.v1.WorkloadReply & vxnet.v1.WorkloadReply.$Shape} WorkloadReply
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): vxnet.v1.WorkloadReply & vxnet.v1.WorkloadReply.$Shape;

            /**
             * Creates a WorkloadReply message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns WorkloadReply
             */
            static fromObject(object: { [k: string]: any }): vxnet.v1.WorkloadReply;

            /**
             * Creates a plain object from a WorkloadReply message. Also converts values to other types if specified.
             * @param message WorkloadReply
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: vxnet.v1.WorkloadReply, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this WorkloadReply to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };
        }

        namespace WorkloadReply {

            /** Properties of a WorkloadReply. */
            interface $Properties {

                /** WorkloadReply version */
                version?: (number|null);

                /** WorkloadReply error */
                error?: (vxnet.v1.Error.$Properties|null);

                /** WorkloadReply workloads */
                workloads?: (vxnet.v1.WorkloadView.$Properties[]|null);

                /** WorkloadReply removed */
                removed?: (string[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a WorkloadReply. */
            type $Shape = vxnet.v1.WorkloadReply.$Properties;
        }

        /**
         * Properties of a HostView.
         * @deprecated Use vxnet.v1.HostView.$Properties instead.
         */
        interface IHostView extends vxnet.v1.HostView.$Properties {
        }

        /** Represents a HostView. */
        class HostView {

            /**
             * Constructs a new HostView.
             * @param [properties] Properties to set
             */
            constructor(properties?: vxnet.v1.HostView.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** HostView host. */
            host?: (vxnet.v1.Host.$Properties|null);

            /** HostView state. */
            state: string;

            /** HostView status. */
            status?: (vxnet.v1.AgentStatus.$Properties|null);

            /**
             * Creates a new HostView instance using the specified properties.
             * @param [properties] Properties to set
             * @returns HostView instance
             */
            static create(properties: vxnet.v1.HostView.$Shape): vxnet.v1.HostView & vxnet.v1.HostView.$Shape;
            static create(properties?: vxnet.v1.HostView.$Properties): vxnet.v1.HostView;

            /**
             * Encodes the specified HostView message. Does not implicitly {@link vxnet.v1.HostView.verify|verify} messages.
             * @param message HostView message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: vxnet.v1.HostView.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a HostView message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {vxnet.v1.HostView & vxnet.v1.HostView.$Shape} HostView
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): vxnet.v1.HostView & vxnet.v1.HostView.$Shape;

            /**
             * Creates a HostView message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns HostView
             */
            static fromObject(object: { [k: string]: any }): vxnet.v1.HostView;

            /**
             * Creates a plain object from a HostView message. Also converts values to other types if specified.
             * @param message HostView
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: vxnet.v1.HostView, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this HostView to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };
        }

        namespace HostView {

            /** Properties of a HostView. */
            interface $Properties {

                /** HostView host */
                host?: (vxnet.v1.Host.$Properties|null);

                /** HostView state */
                state?: (string|null);

                /** HostView status */
                status?: (vxnet.v1.AgentStatus.$Properties|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a HostView. */
            type $Shape = vxnet.v1.HostView.$Properties;
        }

        /**
         * Properties of a HostReply.
         * @deprecated Use vxnet.v1.HostReply.$Properties instead.
         */
        interface IHostReply extends vxnet.v1.HostReply.$Properties {
        }

        /** Represents a HostReply. */
        class HostReply {

            /**
             * Constructs a new HostReply.
             * @param [properties] Properties to set
             */
            constructor(properties?: vxnet.v1.HostReply.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** HostReply version. */
            version: number;

            /** HostReply error. */
            error?: (vxnet.v1.Error.$Properties|null);

            /** HostReply hosts. */
            hosts: vxnet.v1.HostView.$Properties[];

            /**
             * Creates a new HostReply instance using the specified properties.
             * @param [properties] Properties to set
             * @returns HostReply instance
             */
            static create(properties: vxnet.v1.HostReply.$Shape): vxnet.v1.HostReply & vxnet.v1.HostReply.$Shape;
            static create(properties?: vxnet.v1.HostReply.$Properties): vxnet.v1.HostReply;

            /**
             * Encodes the specified HostReply message. Does not implicitly {@link vxnet.v1.HostReply.verify|verify} messages.
             * @param message HostReply message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: vxnet.v1.HostReply.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a HostReply message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {vxnet.v1.HostReply & vxnet.v1.HostReply.$Shape} HostReply
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): vxnet.v1.HostReply & vxnet.v1.HostReply.$Shape;

            /**
             * Creates a HostReply message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns HostReply
             */
            static fromObject(object: { [k: string]: any }): vxnet.v1.HostReply;

            /**
             * Creates a plain object from a HostReply message. Also converts values to other types if specified.
             * @param message HostReply
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: vxnet.v1.HostReply, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this HostReply to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };
        }

        namespace HostReply {

            /** Properties of a HostReply. */
            interface $Properties {

                /** HostReply version */
                version?: (number|null);

                /** HostReply error */
                error?: (vxnet.v1.Error.$Properties|null);

                /** HostReply hosts */
                hosts?: (vxnet.v1.HostView.$Properties[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a HostReply. */
            type $Shape = vxnet.v1.HostReply.$Properties;
        }

        /**
         * Properties of a VersionReply.
         * @deprecated Use vxnet.v1.VersionReply.$Properties instead.
         */
        interface IVersionReply extends vxnet.v1.VersionReply.$Properties {
        }

        /** Represents a VersionReply. */
        class VersionReply {

            /**
             * Constructs a new VersionReply.
             * @param [properties] Properties to set
             */
            constructor(properties?: vxnet.v1.VersionReply.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** VersionReply version. */
            version: number;

            /** VersionReply error. */
            error?: (vxnet.v1.Error.$Properties|null);

            /** VersionReply software. */
            software: string;

            /** VersionReply instance. */
            instance: string;

            /** VersionReply startedMs. */
            startedMs: number;

            /**
             * Creates a new VersionReply instance using the specified properties.
             * @param [properties] Properties to set
             * @returns VersionReply instance
             */
            static create(properties: vxnet.v1.VersionReply.$Shape): vxnet.v1.VersionReply & vxnet.v1.VersionReply.$Shape;
            static create(properties?: vxnet.v1.VersionReply.$Properties): vxnet.v1.VersionReply;

            /**
             * Encodes the specified VersionReply message. Does not implicitly {@link vxnet.v1.VersionReply.verify|verify} messages.
             * @param message VersionReply message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: vxnet.v1.VersionReply.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a VersionReply message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {vxnet.v1.VersionReply & vxnet.v1.VersionReply.$Shape} VersionReply
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): vxnet.v1.VersionReply & vxnet.v1.VersionReply.$Shape;

            /**
             * Creates a VersionReply message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns VersionReply
             */
            static fromObject(object: { [k: string]: any }): vxnet.v1.VersionReply;

            /**
             * Creates a plain object from a VersionReply message. Also converts values to other types if specified.
             * @param message VersionReply
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: vxnet.v1.VersionReply, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this VersionReply to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };
        }

        namespace VersionReply {

            /** Properties of a VersionReply. */
            interface $Properties {

                /** VersionReply version */
                version?: (number|null);

                /** VersionReply error */
                error?: (vxnet.v1.Error.$Properties|null);

                /** VersionReply software */
                software?: (string|null);

                /** VersionReply instance */
                instance?: (string|null);

                /** VersionReply startedMs */
                startedMs?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a VersionReply. */
            type $Shape = vxnet.v1.VersionReply.$Properties;
        }
    }
}
