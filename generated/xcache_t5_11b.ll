; ModuleID = 'xcache_t5_11b'
source_filename = "xcache_t5_11b"
target triple = "x86_64-unknown-linux-gnu"

@xcache_t5_11b.name = private unnamed_addr constant [14 x i8] c"xcache_t5_11b\00"
@xcache_t5_11b.spec = private unnamed_addr constant [384 x i8] c"attncc: 1\0Aname: xcache_t5_11b\0Aphase: decode\0Akind: self\0Aheads: {q: 128, kv: 128, dim: 128, v_dim: 128}\0Atypes: {q: bf16, cache: bf16, out: bf16}\0Ascale: auto\0Acache: {store: x, layout: contiguous, order: token_major, capacity: 4096, latent_dim: 0, rope_dim: 0, shared_across_layers: false}\0Amask: {causal: true}\0Aoutput: {lse: false}\0Aslim: {order: auto}\0Amodel: {layers: 24, d_model: 1024}\0A\00"
@xcache_t5_11b_info_data = internal constant { i32, i32, i64, ptr, ptr, i32, i32, i32, i32, i32, i32, i32, i32, i32, i32, i32, i32, i32, float, i32, i32, i32 } { i32 3, i32 1, i64 7315395120318662755, ptr @xcache_t5_11b.name, ptr @xcache_t5_11b.spec, i32 128, i32 128, i32 128, i32 128, i32 2, i32 2, i32 2, i32 0, i32 0, i32 0, i32 4096, i32 1, i32 0, float 0x3FB6A09E60000000, i32 2, i32 1024, i32 0 }, align 8
@xcache_t5_11b_kernel = internal constant { ptr, ptr, i32, i32, i32, i32, i32, i32, ptr } { ptr @xcache_t5_11b_info_data, ptr @xcache_t5_11b_tile, i32 1, i32 32, i32 16, i32 256, i32 1, i32 1024, ptr @xcache_t5_11b_project }, align 8

; Function Attrs: nounwind
define internal void @xcache_t5_11b_project(ptr %0, ptr %1, i64 %2) #0 {
entry:
  %head = srem i64 %2, 128
  %3 = getelementptr i8, ptr %0, i64 40
  %out = load ptr, ptr %3, align 8
  %4 = mul i64 %2, 256
  %5 = getelementptr i8, ptr %out, i64 %4
  %6 = getelementptr i8, ptr %0, i64 112
  %w_out = load ptr, ptr %6, align 8
  %7 = getelementptr i8, ptr %0, i64 120
  %out_bias = load ptr, ptr %7, align 8
  %8 = icmp ne ptr %1, null
  %nk = select i1 %8, i64 1024, i64 0
  %9 = icmp ne ptr %out_bias, null
  %10 = and i1 %8, %9
  %col = mul i64 %head, 128
  br label %proj_k

proj_k:                                           ; preds = %body, %entry
  %pacc.sroa.42.0 = phi <16 x float> [ zeroinitializer, %entry ], [ %39, %body ]
  %pacc.sroa.36.0 = phi <16 x float> [ zeroinitializer, %entry ], [ %36, %body ]
  %pacc.sroa.30.0 = phi <16 x float> [ zeroinitializer, %entry ], [ %33, %body ]
  %pacc.sroa.24.0 = phi <16 x float> [ zeroinitializer, %entry ], [ %30, %body ]
  %pacc.sroa.18.0 = phi <16 x float> [ zeroinitializer, %entry ], [ %27, %body ]
  %pacc.sroa.12.0 = phi <16 x float> [ zeroinitializer, %entry ], [ %24, %body ]
  %pacc.sroa.6.0 = phi <16 x float> [ zeroinitializer, %entry ], [ %21, %body ]
  %pacc.sroa.0.0 = phi <16 x float> [ zeroinitializer, %entry ], [ %18, %body ]
  %proj_k1 = phi i64 [ 0, %entry ], [ %40, %body ]
  %11 = icmp slt i64 %proj_k1, %nk
  br i1 %11, label %body, label %exit

body:                                             ; preds = %proj_k
  %12 = getelementptr float, ptr %1, i64 %proj_k1
  %uk = load float, ptr %12, align 4
  %13 = insertelement <16 x float> poison, float %uk, i32 0
  %splat = shufflevector <16 x float> %13, <16 x float> poison, <16 x i32> zeroinitializer
  %14 = mul i64 %proj_k1, 16384
  %15 = add i64 %14, %col
  %16 = getelementptr float, ptr %w_out, i64 %15
  %17 = load <16 x float>, ptr %16, align 4
  %18 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat, <16 x float> %17, <16 x float> %pacc.sroa.0.0)
  %19 = getelementptr float, ptr %16, i64 16
  %20 = load <16 x float>, ptr %19, align 4
  %21 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat, <16 x float> %20, <16 x float> %pacc.sroa.6.0)
  %22 = getelementptr float, ptr %16, i64 32
  %23 = load <16 x float>, ptr %22, align 4
  %24 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat, <16 x float> %23, <16 x float> %pacc.sroa.12.0)
  %25 = getelementptr float, ptr %16, i64 48
  %26 = load <16 x float>, ptr %25, align 4
  %27 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat, <16 x float> %26, <16 x float> %pacc.sroa.18.0)
  %28 = getelementptr float, ptr %16, i64 64
  %29 = load <16 x float>, ptr %28, align 4
  %30 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat, <16 x float> %29, <16 x float> %pacc.sroa.24.0)
  %31 = getelementptr float, ptr %16, i64 80
  %32 = load <16 x float>, ptr %31, align 4
  %33 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat, <16 x float> %32, <16 x float> %pacc.sroa.30.0)
  %34 = getelementptr float, ptr %16, i64 96
  %35 = load <16 x float>, ptr %34, align 4
  %36 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat, <16 x float> %35, <16 x float> %pacc.sroa.36.0)
  %37 = getelementptr float, ptr %16, i64 112
  %38 = load <16 x float>, ptr %37, align 4
  %39 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat, <16 x float> %38, <16 x float> %pacc.sroa.42.0)
  %40 = add nsw i64 %proj_k1, 1
  br label %proj_k

exit:                                             ; preds = %proj_k
  br i1 %10, label %bias, label %join

bias:                                             ; preds = %exit
  %41 = getelementptr float, ptr %out_bias, i64 %col
  %42 = load <16 x float>, ptr %41, align 4
  %43 = fadd <16 x float> %pacc.sroa.0.0, %42
  %44 = add i64 %col, 16
  %45 = getelementptr float, ptr %out_bias, i64 %44
  %46 = load <16 x float>, ptr %45, align 4
  %47 = fadd <16 x float> %pacc.sroa.6.0, %46
  %48 = add i64 %col, 32
  %49 = getelementptr float, ptr %out_bias, i64 %48
  %50 = load <16 x float>, ptr %49, align 4
  %51 = fadd <16 x float> %pacc.sroa.12.0, %50
  %52 = add i64 %col, 48
  %53 = getelementptr float, ptr %out_bias, i64 %52
  %54 = load <16 x float>, ptr %53, align 4
  %55 = fadd <16 x float> %pacc.sroa.18.0, %54
  %56 = add i64 %col, 64
  %57 = getelementptr float, ptr %out_bias, i64 %56
  %58 = load <16 x float>, ptr %57, align 4
  %59 = fadd <16 x float> %pacc.sroa.24.0, %58
  %60 = add i64 %col, 80
  %61 = getelementptr float, ptr %out_bias, i64 %60
  %62 = load <16 x float>, ptr %61, align 4
  %63 = fadd <16 x float> %pacc.sroa.30.0, %62
  %64 = add i64 %col, 96
  %65 = getelementptr float, ptr %out_bias, i64 %64
  %66 = load <16 x float>, ptr %65, align 4
  %67 = fadd <16 x float> %pacc.sroa.36.0, %66
  %68 = add i64 %col, 112
  %69 = getelementptr float, ptr %out_bias, i64 %68
  %70 = load <16 x float>, ptr %69, align 4
  %71 = fadd <16 x float> %pacc.sroa.42.0, %70
  br label %join

join:                                             ; preds = %bias, %exit
  %pacc.sroa.42.1 = phi <16 x float> [ %71, %bias ], [ %pacc.sroa.42.0, %exit ]
  %pacc.sroa.36.1 = phi <16 x float> [ %67, %bias ], [ %pacc.sroa.36.0, %exit ]
  %pacc.sroa.30.1 = phi <16 x float> [ %63, %bias ], [ %pacc.sroa.30.0, %exit ]
  %pacc.sroa.24.1 = phi <16 x float> [ %59, %bias ], [ %pacc.sroa.24.0, %exit ]
  %pacc.sroa.18.1 = phi <16 x float> [ %55, %bias ], [ %pacc.sroa.18.0, %exit ]
  %pacc.sroa.12.1 = phi <16 x float> [ %51, %bias ], [ %pacc.sroa.12.0, %exit ]
  %pacc.sroa.6.1 = phi <16 x float> [ %47, %bias ], [ %pacc.sroa.6.0, %exit ]
  %pacc.sroa.0.1 = phi <16 x float> [ %43, %bias ], [ %pacc.sroa.0.0, %exit ]
  %72 = bitcast <16 x float> %pacc.sroa.0.1 to <16 x i32>
  %73 = lshr <16 x i32> %72, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %74 = and <16 x i32> %73, <i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1>
  %75 = add <16 x i32> %74, <i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767>
  %76 = add <16 x i32> %72, %75
  %77 = lshr <16 x i32> %76, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %78 = fcmp uno <16 x float> %pacc.sroa.0.1, %pacc.sroa.0.1
  %79 = or <16 x i32> %73, <i32 64, i32 64, i32 64, i32 64, i32 64, i32 64, i32 64, i32 64, i32 64, i32 64, i32 64, i32 64, i32 64, i32 64, i32 64, i32 64>
  %80 = select <16 x i1> %78, <16 x i32> %79, <16 x i32> %77
  %81 = trunc <16 x i32> %80 to <16 x i16>
  store <16 x i16> %81, ptr %5, align 2
  %82 = getelementptr i8, ptr %5, i64 32
  %83 = bitcast <16 x float> %pacc.sroa.6.1 to <16 x i32>
  %84 = lshr <16 x i32> %83, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %85 = and <16 x i32> %84, <i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1>
  %86 = add <16 x i32> %85, <i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767>
  %87 = add <16 x i32> %83, %86
  %88 = lshr <16 x i32> %87, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %89 = fcmp uno <16 x float> %pacc.sroa.6.1, %pacc.sroa.6.1
  %90 = or <16 x i32> %84, <i32 64, i32 64, i32 64, i32 64, i32 64, i32 64, i32 64, i32 64, i32 64, i32 64, i32 64, i32 64, i32 64, i32 64, i32 64, i32 64>
  %91 = select <16 x i1> %89, <16 x i32> %90, <16 x i32> %88
  %92 = trunc <16 x i32> %91 to <16 x i16>
  store <16 x i16> %92, ptr %82, align 2
  %93 = getelementptr i8, ptr %5, i64 64
  %94 = bitcast <16 x float> %pacc.sroa.12.1 to <16 x i32>
  %95 = lshr <16 x i32> %94, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %96 = and <16 x i32> %95, <i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1>
  %97 = add <16 x i32> %96, <i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767>
  %98 = add <16 x i32> %94, %97
  %99 = lshr <16 x i32> %98, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %100 = fcmp uno <16 x float> %pacc.sroa.12.1, %pacc.sroa.12.1
  %101 = or <16 x i32> %95, <i32 64, i32 64, i32 64, i32 64, i32 64, i32 64, i32 64, i32 64, i32 64, i32 64, i32 64, i32 64, i32 64, i32 64, i32 64, i32 64>
  %102 = select <16 x i1> %100, <16 x i32> %101, <16 x i32> %99
  %103 = trunc <16 x i32> %102 to <16 x i16>
  store <16 x i16> %103, ptr %93, align 2
  %104 = getelementptr i8, ptr %5, i64 96
  %105 = bitcast <16 x float> %pacc.sroa.18.1 to <16 x i32>
  %106 = lshr <16 x i32> %105, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %107 = and <16 x i32> %106, <i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1>
  %108 = add <16 x i32> %107, <i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767>
  %109 = add <16 x i32> %105, %108
  %110 = lshr <16 x i32> %109, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %111 = fcmp uno <16 x float> %pacc.sroa.18.1, %pacc.sroa.18.1
  %112 = or <16 x i32> %106, <i32 64, i32 64, i32 64, i32 64, i32 64, i32 64, i32 64, i32 64, i32 64, i32 64, i32 64, i32 64, i32 64, i32 64, i32 64, i32 64>
  %113 = select <16 x i1> %111, <16 x i32> %112, <16 x i32> %110
  %114 = trunc <16 x i32> %113 to <16 x i16>
  store <16 x i16> %114, ptr %104, align 2
  %115 = getelementptr i8, ptr %5, i64 128
  %116 = bitcast <16 x float> %pacc.sroa.24.1 to <16 x i32>
  %117 = lshr <16 x i32> %116, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %118 = and <16 x i32> %117, <i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1>
  %119 = add <16 x i32> %118, <i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767>
  %120 = add <16 x i32> %116, %119
  %121 = lshr <16 x i32> %120, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %122 = fcmp uno <16 x float> %pacc.sroa.24.1, %pacc.sroa.24.1
  %123 = or <16 x i32> %117, <i32 64, i32 64, i32 64, i32 64, i32 64, i32 64, i32 64, i32 64, i32 64, i32 64, i32 64, i32 64, i32 64, i32 64, i32 64, i32 64>
  %124 = select <16 x i1> %122, <16 x i32> %123, <16 x i32> %121
  %125 = trunc <16 x i32> %124 to <16 x i16>
  store <16 x i16> %125, ptr %115, align 2
  %126 = getelementptr i8, ptr %5, i64 160
  %127 = bitcast <16 x float> %pacc.sroa.30.1 to <16 x i32>
  %128 = lshr <16 x i32> %127, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %129 = and <16 x i32> %128, <i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1>
  %130 = add <16 x i32> %129, <i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767>
  %131 = add <16 x i32> %127, %130
  %132 = lshr <16 x i32> %131, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %133 = fcmp uno <16 x float> %pacc.sroa.30.1, %pacc.sroa.30.1
  %134 = or <16 x i32> %128, <i32 64, i32 64, i32 64, i32 64, i32 64, i32 64, i32 64, i32 64, i32 64, i32 64, i32 64, i32 64, i32 64, i32 64, i32 64, i32 64>
  %135 = select <16 x i1> %133, <16 x i32> %134, <16 x i32> %132
  %136 = trunc <16 x i32> %135 to <16 x i16>
  store <16 x i16> %136, ptr %126, align 2
  %137 = getelementptr i8, ptr %5, i64 192
  %138 = bitcast <16 x float> %pacc.sroa.36.1 to <16 x i32>
  %139 = lshr <16 x i32> %138, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %140 = and <16 x i32> %139, <i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1>
  %141 = add <16 x i32> %140, <i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767>
  %142 = add <16 x i32> %138, %141
  %143 = lshr <16 x i32> %142, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %144 = fcmp uno <16 x float> %pacc.sroa.36.1, %pacc.sroa.36.1
  %145 = or <16 x i32> %139, <i32 64, i32 64, i32 64, i32 64, i32 64, i32 64, i32 64, i32 64, i32 64, i32 64, i32 64, i32 64, i32 64, i32 64, i32 64, i32 64>
  %146 = select <16 x i1> %144, <16 x i32> %145, <16 x i32> %143
  %147 = trunc <16 x i32> %146 to <16 x i16>
  store <16 x i16> %147, ptr %137, align 2
  %148 = getelementptr i8, ptr %5, i64 224
  %149 = bitcast <16 x float> %pacc.sroa.42.1 to <16 x i32>
  %150 = lshr <16 x i32> %149, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %151 = and <16 x i32> %150, <i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1>
  %152 = add <16 x i32> %151, <i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767>
  %153 = add <16 x i32> %149, %152
  %154 = lshr <16 x i32> %153, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %155 = fcmp uno <16 x float> %pacc.sroa.42.1, %pacc.sroa.42.1
  %156 = or <16 x i32> %150, <i32 64, i32 64, i32 64, i32 64, i32 64, i32 64, i32 64, i32 64, i32 64, i32 64, i32 64, i32 64, i32 64, i32 64, i32 64, i32 64>
  %157 = select <16 x i1> %155, <16 x i32> %156, <16 x i32> %154
  %158 = trunc <16 x i32> %157 to <16 x i16>
  store <16 x i16> %158, ptr %148, align 2
  ret void
}

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare <16 x float> @llvm.fmuladd.v16f32(<16 x float>, <16 x float>, <16 x float>) #1

; Function Attrs: nounwind
define internal void @xcache_t5_11b_tile(ptr %0, ptr %1) #0 {
entry:
  %dots = alloca [16 x <16 x float>], align 64
  %qnope = alloca [8 x <16 x float>], align 64
  %lv = alloca [2 x <16 x float>], align 64
  %mv = alloca [2 x <16 x float>], align 64
  %lims = alloca [32 x i32], align 64
  %rowbuf = alloca [64 x <16 x float>], align 64
  %ot = alloca [131072 x i8], align 64
  %st = alloca [3072 x i8], align 64
  %vbuf = alloca [49152 x i8], align 64
  %kbuf = alloca [98304 x i8], align 64
  %qt = alloca [131072 x i8], align 64
  %ls = alloca [32 x float], align 64
  %ms = alloca [32 x float], align 64
  %q_row0 = load i64, ptr %1, align 4
  %2 = getelementptr i8, ptr %1, i64 8
  %seq = load i32, ptr %2, align 4
  %3 = getelementptr i8, ptr %1, i64 12
  %kv_head = load i32, ptr %3, align 4
  %4 = getelementptr i8, ptr %1, i64 16
  %h_begin = load i32, ptr %4, align 4
  %5 = getelementptr i8, ptr %1, i64 20
  %h_end = load i32, ptr %5, align 4
  %nh = sub i32 %h_end, %h_begin
  %6 = getelementptr i8, ptr %1, i64 24
  %q_begin = load i32, ptr %6, align 4
  %7 = getelementptr i8, ptr %1, i64 28
  %q_end = load i32, ptr %7, align 4
  %8 = sub i32 %q_end, %q_begin
  %nrows = mul i32 %8, %nh
  %9 = getelementptr i8, ptr %1, i64 32
  %q_pos0 = load i32, ptr %9, align 4
  %10 = getelementptr i8, ptr %1, i64 36
  %k_begin = load i32, ptr %10, align 4
  %11 = getelementptr i8, ptr %1, i64 40
  %k_end = load i32, ptr %11, align 4
  %12 = getelementptr i8, ptr %1, i64 48
  %part = load ptr, ptr %12, align 8
  %13 = getelementptr i8, ptr %0, i64 32
  %q = load ptr, ptr %13, align 8
  %14 = getelementptr i8, ptr %0, i64 40
  %15 = getelementptr i8, ptr %0, i64 48
  %16 = getelementptr i8, ptr %0, i64 56
  %k_cache = load ptr, ptr %16, align 8
  %17 = sext i32 %seq to i64
  %18 = sext i32 %kv_head to i64
  %19 = mul i64 %17, 4096
  %20 = add i64 %19, %18
  %21 = mul i64 %20, 2048
  %22 = getelementptr i8, ptr %k_cache, i64 %21
  %23 = icmp sgt i32 %nrows, 0
  br i1 %23, label %qrow, label %done

done:                                             ; preds = %orow131, %entry
  ret void

qrow:                                             ; preds = %entry, %exit17
  %qrow1 = phi i32 [ %264, %exit17 ], [ 0, %entry ]
  %24 = icmp slt i32 %qrow1, 32
  br i1 %24, label %body, label %otzero

body:                                             ; preds = %qrow
  %25 = icmp slt i32 %qrow1, %nrows
  %26 = sub i32 %nrows, 1
  %27 = call i32 @llvm.smin.i32(i32 %qrow1, i32 %26)
  %28 = sdiv i32 %27, %nh
  %qi = add i32 %q_begin, %28
  %29 = srem i32 %27, %nh
  %h = add i32 %h_begin, %29
  %30 = mul i32 %kv_head, 128
  %hq = add i32 %30, %h
  %31 = sext i32 %qi to i64
  %32 = add i64 %q_row0, %31
  %33 = mul i64 %32, 128
  %34 = sext i32 %hq to i64
  %orow = add i64 %33, %34
  %35 = mul i64 %orow, 256
  %36 = getelementptr i8, ptr %q, i64 %35
  %37 = select i1 %25, float 0x3FC0527DC0000000, float 0.000000e+00
  %38 = insertelement <16 x float> poison, float %37, i32 0
  %splat = shufflevector <16 x float> %38, <16 x float> poison, <16 x i32> zeroinitializer
  br label %chunk

chunk:                                            ; preds = %body2, %body
  %chunk5 = phi i64 [ 0, %body ], [ %47, %body2 ]
  %39 = icmp slt i64 %chunk5, 8
  br i1 %39, label %body2, label %exit4

body2:                                            ; preds = %chunk
  %40 = mul i64 %chunk5, 32
  %41 = getelementptr i8, ptr %36, i64 %40
  %42 = load <16 x i16>, ptr %41, align 2
  %43 = zext <16 x i16> %42 to <16 x i32>
  %44 = shl <16 x i32> %43, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %bf16 = bitcast <16 x i32> %44 to <16 x float>
  %45 = fmul <16 x float> %bf16, %splat
  %46 = getelementptr <16 x float>, ptr %qnope, i64 %chunk5
  store <16 x float> %45, ptr %46, align 64
  %47 = add nsw i64 %chunk5, 1
  br label %chunk

exit4:                                            ; preds = %chunk
  store <16 x float> zeroinitializer, ptr %rowbuf, align 64
  %48 = getelementptr <16 x float>, ptr %rowbuf, i64 1
  store <16 x float> zeroinitializer, ptr %48, align 64
  %49 = getelementptr <16 x float>, ptr %rowbuf, i64 2
  store <16 x float> zeroinitializer, ptr %49, align 64
  %50 = getelementptr <16 x float>, ptr %rowbuf, i64 3
  store <16 x float> zeroinitializer, ptr %50, align 64
  %51 = getelementptr <16 x float>, ptr %rowbuf, i64 4
  store <16 x float> zeroinitializer, ptr %51, align 64
  %52 = getelementptr <16 x float>, ptr %rowbuf, i64 5
  store <16 x float> zeroinitializer, ptr %52, align 64
  %53 = getelementptr <16 x float>, ptr %rowbuf, i64 6
  store <16 x float> zeroinitializer, ptr %53, align 64
  %54 = getelementptr <16 x float>, ptr %rowbuf, i64 7
  store <16 x float> zeroinitializer, ptr %54, align 64
  %55 = getelementptr <16 x float>, ptr %rowbuf, i64 8
  store <16 x float> zeroinitializer, ptr %55, align 64
  %56 = getelementptr <16 x float>, ptr %rowbuf, i64 9
  store <16 x float> zeroinitializer, ptr %56, align 64
  %57 = getelementptr <16 x float>, ptr %rowbuf, i64 10
  store <16 x float> zeroinitializer, ptr %57, align 64
  %58 = getelementptr <16 x float>, ptr %rowbuf, i64 11
  store <16 x float> zeroinitializer, ptr %58, align 64
  %59 = getelementptr <16 x float>, ptr %rowbuf, i64 12
  store <16 x float> zeroinitializer, ptr %59, align 64
  %60 = getelementptr <16 x float>, ptr %rowbuf, i64 13
  store <16 x float> zeroinitializer, ptr %60, align 64
  %61 = getelementptr <16 x float>, ptr %rowbuf, i64 14
  store <16 x float> zeroinitializer, ptr %61, align 64
  %62 = getelementptr <16 x float>, ptr %rowbuf, i64 15
  store <16 x float> zeroinitializer, ptr %62, align 64
  %63 = getelementptr <16 x float>, ptr %rowbuf, i64 16
  store <16 x float> zeroinitializer, ptr %63, align 64
  %64 = getelementptr <16 x float>, ptr %rowbuf, i64 17
  store <16 x float> zeroinitializer, ptr %64, align 64
  %65 = getelementptr <16 x float>, ptr %rowbuf, i64 18
  store <16 x float> zeroinitializer, ptr %65, align 64
  %66 = getelementptr <16 x float>, ptr %rowbuf, i64 19
  store <16 x float> zeroinitializer, ptr %66, align 64
  %67 = getelementptr <16 x float>, ptr %rowbuf, i64 20
  store <16 x float> zeroinitializer, ptr %67, align 64
  %68 = getelementptr <16 x float>, ptr %rowbuf, i64 21
  store <16 x float> zeroinitializer, ptr %68, align 64
  %69 = getelementptr <16 x float>, ptr %rowbuf, i64 22
  store <16 x float> zeroinitializer, ptr %69, align 64
  %70 = getelementptr <16 x float>, ptr %rowbuf, i64 23
  store <16 x float> zeroinitializer, ptr %70, align 64
  %71 = getelementptr <16 x float>, ptr %rowbuf, i64 24
  store <16 x float> zeroinitializer, ptr %71, align 64
  %72 = getelementptr <16 x float>, ptr %rowbuf, i64 25
  store <16 x float> zeroinitializer, ptr %72, align 64
  %73 = getelementptr <16 x float>, ptr %rowbuf, i64 26
  store <16 x float> zeroinitializer, ptr %73, align 64
  %74 = getelementptr <16 x float>, ptr %rowbuf, i64 27
  store <16 x float> zeroinitializer, ptr %74, align 64
  %75 = getelementptr <16 x float>, ptr %rowbuf, i64 28
  store <16 x float> zeroinitializer, ptr %75, align 64
  %76 = getelementptr <16 x float>, ptr %rowbuf, i64 29
  store <16 x float> zeroinitializer, ptr %76, align 64
  %77 = getelementptr <16 x float>, ptr %rowbuf, i64 30
  store <16 x float> zeroinitializer, ptr %77, align 64
  %78 = getelementptr <16 x float>, ptr %rowbuf, i64 31
  store <16 x float> zeroinitializer, ptr %78, align 64
  %79 = getelementptr <16 x float>, ptr %rowbuf, i64 32
  store <16 x float> zeroinitializer, ptr %79, align 64
  %80 = getelementptr <16 x float>, ptr %rowbuf, i64 33
  store <16 x float> zeroinitializer, ptr %80, align 64
  %81 = getelementptr <16 x float>, ptr %rowbuf, i64 34
  store <16 x float> zeroinitializer, ptr %81, align 64
  %82 = getelementptr <16 x float>, ptr %rowbuf, i64 35
  store <16 x float> zeroinitializer, ptr %82, align 64
  %83 = getelementptr <16 x float>, ptr %rowbuf, i64 36
  store <16 x float> zeroinitializer, ptr %83, align 64
  %84 = getelementptr <16 x float>, ptr %rowbuf, i64 37
  store <16 x float> zeroinitializer, ptr %84, align 64
  %85 = getelementptr <16 x float>, ptr %rowbuf, i64 38
  store <16 x float> zeroinitializer, ptr %85, align 64
  %86 = getelementptr <16 x float>, ptr %rowbuf, i64 39
  store <16 x float> zeroinitializer, ptr %86, align 64
  %87 = getelementptr <16 x float>, ptr %rowbuf, i64 40
  store <16 x float> zeroinitializer, ptr %87, align 64
  %88 = getelementptr <16 x float>, ptr %rowbuf, i64 41
  store <16 x float> zeroinitializer, ptr %88, align 64
  %89 = getelementptr <16 x float>, ptr %rowbuf, i64 42
  store <16 x float> zeroinitializer, ptr %89, align 64
  %90 = getelementptr <16 x float>, ptr %rowbuf, i64 43
  store <16 x float> zeroinitializer, ptr %90, align 64
  %91 = getelementptr <16 x float>, ptr %rowbuf, i64 44
  store <16 x float> zeroinitializer, ptr %91, align 64
  %92 = getelementptr <16 x float>, ptr %rowbuf, i64 45
  store <16 x float> zeroinitializer, ptr %92, align 64
  %93 = getelementptr <16 x float>, ptr %rowbuf, i64 46
  store <16 x float> zeroinitializer, ptr %93, align 64
  %94 = getelementptr <16 x float>, ptr %rowbuf, i64 47
  store <16 x float> zeroinitializer, ptr %94, align 64
  %95 = getelementptr <16 x float>, ptr %rowbuf, i64 48
  store <16 x float> zeroinitializer, ptr %95, align 64
  %96 = getelementptr <16 x float>, ptr %rowbuf, i64 49
  store <16 x float> zeroinitializer, ptr %96, align 64
  %97 = getelementptr <16 x float>, ptr %rowbuf, i64 50
  store <16 x float> zeroinitializer, ptr %97, align 64
  %98 = getelementptr <16 x float>, ptr %rowbuf, i64 51
  store <16 x float> zeroinitializer, ptr %98, align 64
  %99 = getelementptr <16 x float>, ptr %rowbuf, i64 52
  store <16 x float> zeroinitializer, ptr %99, align 64
  %100 = getelementptr <16 x float>, ptr %rowbuf, i64 53
  store <16 x float> zeroinitializer, ptr %100, align 64
  %101 = getelementptr <16 x float>, ptr %rowbuf, i64 54
  store <16 x float> zeroinitializer, ptr %101, align 64
  %102 = getelementptr <16 x float>, ptr %rowbuf, i64 55
  store <16 x float> zeroinitializer, ptr %102, align 64
  %103 = getelementptr <16 x float>, ptr %rowbuf, i64 56
  store <16 x float> zeroinitializer, ptr %103, align 64
  %104 = getelementptr <16 x float>, ptr %rowbuf, i64 57
  store <16 x float> zeroinitializer, ptr %104, align 64
  %105 = getelementptr <16 x float>, ptr %rowbuf, i64 58
  store <16 x float> zeroinitializer, ptr %105, align 64
  %106 = getelementptr <16 x float>, ptr %rowbuf, i64 59
  store <16 x float> zeroinitializer, ptr %106, align 64
  %107 = getelementptr <16 x float>, ptr %rowbuf, i64 60
  store <16 x float> zeroinitializer, ptr %107, align 64
  %108 = getelementptr <16 x float>, ptr %rowbuf, i64 61
  store <16 x float> zeroinitializer, ptr %108, align 64
  %109 = getelementptr <16 x float>, ptr %rowbuf, i64 62
  store <16 x float> zeroinitializer, ptr %109, align 64
  %110 = getelementptr <16 x float>, ptr %rowbuf, i64 63
  store <16 x float> zeroinitializer, ptr %110, align 64
  %111 = srem i64 %orow, 128
  %112 = getelementptr i8, ptr %0, i64 128
  %w_absorb = load ptr, ptr %112, align 8
  %113 = mul i64 %111, 128
  %114 = getelementptr float, ptr %w_absorb, i64 %113
  br label %absorb

absorb:                                           ; preds = %exit12, %exit4
  %absorb9 = phi i64 [ 0, %exit4 ], [ %254, %exit12 ]
  %115 = icmp slt i64 %absorb9, 64
  br i1 %115, label %body6, label %exit8

body6:                                            ; preds = %absorb
  %116 = mul i64 %absorb9, 16
  br label %absorb_out

exit8:                                            ; preds = %absorb
  %117 = sext i32 %qrow1 to i64
  %118 = getelementptr i32, ptr %lims, i64 %117
  %119 = add i32 %q_pos0, %qi
  %120 = add i32 %119, 1
  %121 = call i32 @llvm.smin.i32(i32 %120, i32 %k_end)
  store i32 %121, ptr %118, align 4
  %122 = sdiv i32 %qrow1, 32
  %123 = sext i32 %122 to i64
  %124 = mul i64 %123, 32768
  %125 = getelementptr i32, ptr %qt, i64 %124
  %126 = srem i32 %qrow1, 32
  br label %qcol

absorb_out:                                       ; preds = %body10, %body6
  %absorb_out13 = phi i64 [ 0, %body6 ], [ %171, %body10 ]
  %127 = icmp slt i64 %absorb_out13, 16
  br i1 %127, label %body10, label %exit12

body10:                                           ; preds = %absorb_out
  %128 = add i64 %116, %absorb_out13
  %129 = call i64 @llvm.smin.i64(i64 %128, i64 1023)
  %130 = mul i64 %129, 16384
  %131 = getelementptr float, ptr %114, i64 %130
  %132 = load <16 x float>, ptr %131, align 4
  %133 = load <16 x float>, ptr %qnope, align 64
  %134 = fmul <16 x float> %133, %132
  %135 = getelementptr float, ptr %131, i64 16
  %136 = load <16 x float>, ptr %135, align 4
  %137 = getelementptr <16 x float>, ptr %qnope, i64 1
  %138 = load <16 x float>, ptr %137, align 64
  %139 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %138, <16 x float> %136, <16 x float> %134)
  %140 = getelementptr float, ptr %131, i64 32
  %141 = load <16 x float>, ptr %140, align 4
  %142 = getelementptr <16 x float>, ptr %qnope, i64 2
  %143 = load <16 x float>, ptr %142, align 64
  %144 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %143, <16 x float> %141, <16 x float> %139)
  %145 = getelementptr float, ptr %131, i64 48
  %146 = load <16 x float>, ptr %145, align 4
  %147 = getelementptr <16 x float>, ptr %qnope, i64 3
  %148 = load <16 x float>, ptr %147, align 64
  %149 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %148, <16 x float> %146, <16 x float> %144)
  %150 = getelementptr float, ptr %131, i64 64
  %151 = load <16 x float>, ptr %150, align 4
  %152 = getelementptr <16 x float>, ptr %qnope, i64 4
  %153 = load <16 x float>, ptr %152, align 64
  %154 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %153, <16 x float> %151, <16 x float> %149)
  %155 = getelementptr float, ptr %131, i64 80
  %156 = load <16 x float>, ptr %155, align 4
  %157 = getelementptr <16 x float>, ptr %qnope, i64 5
  %158 = load <16 x float>, ptr %157, align 64
  %159 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %158, <16 x float> %156, <16 x float> %154)
  %160 = getelementptr float, ptr %131, i64 96
  %161 = load <16 x float>, ptr %160, align 4
  %162 = getelementptr <16 x float>, ptr %qnope, i64 6
  %163 = load <16 x float>, ptr %162, align 64
  %164 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %163, <16 x float> %161, <16 x float> %159)
  %165 = getelementptr float, ptr %131, i64 112
  %166 = load <16 x float>, ptr %165, align 4
  %167 = getelementptr <16 x float>, ptr %qnope, i64 7
  %168 = load <16 x float>, ptr %167, align 64
  %169 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %168, <16 x float> %166, <16 x float> %164)
  %170 = getelementptr <16 x float>, ptr %dots, i64 %absorb_out13
  store <16 x float> %169, ptr %170, align 64
  %171 = add nsw i64 %absorb_out13, 1
  br label %absorb_out

exit12:                                           ; preds = %absorb_out
  %172 = load <16 x float>, ptr %dots, align 64
  %173 = getelementptr <16 x float>, ptr %dots, i64 1
  %174 = load <16 x float>, ptr %173, align 64
  %175 = shufflevector <16 x float> %172, <16 x float> %174, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %176 = shufflevector <16 x float> %172, <16 x float> %174, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %177 = fadd <16 x float> %175, %176
  %178 = getelementptr <16 x float>, ptr %dots, i64 2
  %179 = load <16 x float>, ptr %178, align 64
  %180 = getelementptr <16 x float>, ptr %dots, i64 3
  %181 = load <16 x float>, ptr %180, align 64
  %182 = shufflevector <16 x float> %179, <16 x float> %181, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %183 = shufflevector <16 x float> %179, <16 x float> %181, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %184 = fadd <16 x float> %182, %183
  %185 = shufflevector <16 x float> %177, <16 x float> %184, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11, i32 16, i32 17, i32 18, i32 19, i32 24, i32 25, i32 26, i32 27>
  %186 = shufflevector <16 x float> %177, <16 x float> %184, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15, i32 20, i32 21, i32 22, i32 23, i32 28, i32 29, i32 30, i32 31>
  %187 = fadd <16 x float> %185, %186
  %188 = getelementptr <16 x float>, ptr %dots, i64 4
  %189 = load <16 x float>, ptr %188, align 64
  %190 = getelementptr <16 x float>, ptr %dots, i64 5
  %191 = load <16 x float>, ptr %190, align 64
  %192 = shufflevector <16 x float> %189, <16 x float> %191, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %193 = shufflevector <16 x float> %189, <16 x float> %191, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %194 = fadd <16 x float> %192, %193
  %195 = getelementptr <16 x float>, ptr %dots, i64 6
  %196 = load <16 x float>, ptr %195, align 64
  %197 = getelementptr <16 x float>, ptr %dots, i64 7
  %198 = load <16 x float>, ptr %197, align 64
  %199 = shufflevector <16 x float> %196, <16 x float> %198, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %200 = shufflevector <16 x float> %196, <16 x float> %198, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %201 = fadd <16 x float> %199, %200
  %202 = shufflevector <16 x float> %194, <16 x float> %201, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11, i32 16, i32 17, i32 18, i32 19, i32 24, i32 25, i32 26, i32 27>
  %203 = shufflevector <16 x float> %194, <16 x float> %201, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15, i32 20, i32 21, i32 22, i32 23, i32 28, i32 29, i32 30, i32 31>
  %204 = fadd <16 x float> %202, %203
  %205 = shufflevector <16 x float> %187, <16 x float> %204, <16 x i32> <i32 0, i32 1, i32 4, i32 5, i32 8, i32 9, i32 12, i32 13, i32 16, i32 17, i32 20, i32 21, i32 24, i32 25, i32 28, i32 29>
  %206 = shufflevector <16 x float> %187, <16 x float> %204, <16 x i32> <i32 2, i32 3, i32 6, i32 7, i32 10, i32 11, i32 14, i32 15, i32 18, i32 19, i32 22, i32 23, i32 26, i32 27, i32 30, i32 31>
  %207 = fadd <16 x float> %205, %206
  %208 = getelementptr <16 x float>, ptr %dots, i64 8
  %209 = load <16 x float>, ptr %208, align 64
  %210 = getelementptr <16 x float>, ptr %dots, i64 9
  %211 = load <16 x float>, ptr %210, align 64
  %212 = shufflevector <16 x float> %209, <16 x float> %211, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %213 = shufflevector <16 x float> %209, <16 x float> %211, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %214 = fadd <16 x float> %212, %213
  %215 = getelementptr <16 x float>, ptr %dots, i64 10
  %216 = load <16 x float>, ptr %215, align 64
  %217 = getelementptr <16 x float>, ptr %dots, i64 11
  %218 = load <16 x float>, ptr %217, align 64
  %219 = shufflevector <16 x float> %216, <16 x float> %218, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %220 = shufflevector <16 x float> %216, <16 x float> %218, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %221 = fadd <16 x float> %219, %220
  %222 = shufflevector <16 x float> %214, <16 x float> %221, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11, i32 16, i32 17, i32 18, i32 19, i32 24, i32 25, i32 26, i32 27>
  %223 = shufflevector <16 x float> %214, <16 x float> %221, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15, i32 20, i32 21, i32 22, i32 23, i32 28, i32 29, i32 30, i32 31>
  %224 = fadd <16 x float> %222, %223
  %225 = getelementptr <16 x float>, ptr %dots, i64 12
  %226 = load <16 x float>, ptr %225, align 64
  %227 = getelementptr <16 x float>, ptr %dots, i64 13
  %228 = load <16 x float>, ptr %227, align 64
  %229 = shufflevector <16 x float> %226, <16 x float> %228, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %230 = shufflevector <16 x float> %226, <16 x float> %228, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %231 = fadd <16 x float> %229, %230
  %232 = getelementptr <16 x float>, ptr %dots, i64 14
  %233 = load <16 x float>, ptr %232, align 64
  %234 = getelementptr <16 x float>, ptr %dots, i64 15
  %235 = load <16 x float>, ptr %234, align 64
  %236 = shufflevector <16 x float> %233, <16 x float> %235, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %237 = shufflevector <16 x float> %233, <16 x float> %235, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %238 = fadd <16 x float> %236, %237
  %239 = shufflevector <16 x float> %231, <16 x float> %238, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11, i32 16, i32 17, i32 18, i32 19, i32 24, i32 25, i32 26, i32 27>
  %240 = shufflevector <16 x float> %231, <16 x float> %238, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15, i32 20, i32 21, i32 22, i32 23, i32 28, i32 29, i32 30, i32 31>
  %241 = fadd <16 x float> %239, %240
  %242 = shufflevector <16 x float> %224, <16 x float> %241, <16 x i32> <i32 0, i32 1, i32 4, i32 5, i32 8, i32 9, i32 12, i32 13, i32 16, i32 17, i32 20, i32 21, i32 24, i32 25, i32 28, i32 29>
  %243 = shufflevector <16 x float> %224, <16 x float> %241, <16 x i32> <i32 2, i32 3, i32 6, i32 7, i32 10, i32 11, i32 14, i32 15, i32 18, i32 19, i32 22, i32 23, i32 26, i32 27, i32 30, i32 31>
  %244 = fadd <16 x float> %242, %243
  %245 = shufflevector <16 x float> %207, <16 x float> %244, <16 x i32> <i32 0, i32 2, i32 4, i32 6, i32 8, i32 10, i32 12, i32 14, i32 16, i32 18, i32 20, i32 22, i32 24, i32 26, i32 28, i32 30>
  %246 = shufflevector <16 x float> %207, <16 x float> %244, <16 x i32> <i32 1, i32 3, i32 5, i32 7, i32 9, i32 11, i32 13, i32 15, i32 17, i32 19, i32 21, i32 23, i32 25, i32 27, i32 29, i32 31>
  %247 = fadd <16 x float> %245, %246
  %248 = trunc i64 %116 to i32
  %249 = insertelement <16 x i32> poison, i32 %248, i32 0
  %splat14 = shufflevector <16 x i32> %249, <16 x i32> poison, <16 x i32> zeroinitializer
  %250 = add <16 x i32> %splat14, <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15>
  %251 = icmp slt <16 x i32> %250, <i32 1024, i32 1024, i32 1024, i32 1024, i32 1024, i32 1024, i32 1024, i32 1024, i32 1024, i32 1024, i32 1024, i32 1024, i32 1024, i32 1024, i32 1024, i32 1024>
  %252 = getelementptr <16 x float>, ptr %rowbuf, i64 %absorb9
  %253 = select <16 x i1> %251, <16 x float> %247, <16 x float> zeroinitializer
  store <16 x float> %253, ptr %252, align 64
  %254 = add nsw i64 %absorb9, 1
  br label %absorb

qcol:                                             ; preds = %body15, %exit8
  %qcol18 = phi i32 [ 0, %exit8 ], [ %263, %body15 ]
  %255 = icmp slt i32 %qcol18, 1024
  br i1 %255, label %body15, label %exit17

body15:                                           ; preds = %qcol
  %256 = sext i32 %qcol18 to i64
  %257 = getelementptr i32, ptr %rowbuf, i64 %256
  %258 = load float, ptr %257, align 4
  %259 = sext i32 %126 to i64
  %260 = mul i64 %256, 32
  %261 = add i64 %260, %259
  %262 = getelementptr i32, ptr %125, i64 %261
  store float %258, ptr %262, align 4
  %263 = add nsw i32 %qcol18, 1
  br label %qcol

exit17:                                           ; preds = %qcol
  %264 = add nsw i32 %qrow1, 1
  br label %qrow

otzero:                                           ; preds = %qrow, %body19
  %otzero22 = phi i32 [ %269, %body19 ], [ 0, %qrow ]
  %265 = icmp slt i32 %otzero22, 2048
  br i1 %265, label %body19, label %exit21

body19:                                           ; preds = %otzero
  %266 = sext i32 %otzero22 to i64
  %267 = mul i64 %266, 16
  %268 = getelementptr i32, ptr %ot, i64 %267
  store <16 x float> zeroinitializer, ptr %268, align 64
  %269 = add nsw i32 %otzero22, 1
  br label %otzero

exit21:                                           ; preds = %otzero
  store <16 x float> <float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000>, ptr %mv, align 64
  store <16 x float> zeroinitializer, ptr %lv, align 64
  %270 = getelementptr <16 x float>, ptr %mv, i64 1
  store <16 x float> <float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000>, ptr %270, align 64
  %271 = getelementptr <16 x float>, ptr %lv, i64 1
  store <16 x float> zeroinitializer, ptr %271, align 64
  %272 = sub i32 %nrows, 1
  %273 = sdiv i32 %272, %nh
  %274 = add i32 %q_begin, %273
  %275 = add i32 %q_pos0, %274
  %276 = add i32 %275, 1
  %277 = call i32 @llvm.smin.i32(i32 %276, i32 %k_end)
  %k_last = sub i32 %277, 1
  br label %ktile

ktile:                                            ; preds = %exit49, %exit21
  %ktile26 = phi i32 [ %k_begin, %exit21 ], [ %343, %exit49 ]
  %278 = icmp slt i32 %ktile26, %277
  br i1 %278, label %body23, label %exit25

body23:                                           ; preds = %ktile
  %279 = sub i32 %277, %ktile26
  %280 = call i32 @llvm.smin.i32(i32 12, i32 %279)
  %281 = add i32 %280, 11
  %282 = sdiv i32 %281, 12
  %283 = mul i32 %282, 12
  br label %kpack

exit25:                                           ; preds = %ktile
  %284 = load <16 x float>, ptr %mv, align 64
  store <16 x float> %284, ptr %ms, align 64
  %285 = load <16 x float>, ptr %lv, align 64
  store <16 x float> %285, ptr %ls, align 64
  %286 = getelementptr float, ptr %ms, i64 16
  %287 = load <16 x float>, ptr %270, align 64
  store <16 x float> %287, ptr %286, align 64
  %288 = getelementptr float, ptr %ls, i64 16
  %289 = load <16 x float>, ptr %271, align 64
  store <16 x float> %289, ptr %288, align 64
  br label %orow131

kpack:                                            ; preds = %exit34, %body23
  %kpack30 = phi i32 [ 0, %body23 ], [ %309, %exit34 ]
  %290 = icmp slt i32 %kpack30, %283
  br i1 %290, label %body27, label %vpack

body27:                                           ; preds = %kpack
  %291 = add i32 %ktile26, %kpack30
  %292 = call i32 @llvm.smin.i32(i32 %291, i32 %k_last)
  %293 = sext i32 %292 to i64
  %294 = mul i64 %293, 2048
  %295 = getelementptr i8, ptr %22, i64 %294
  %296 = sext i32 %kpack30 to i64
  %297 = mul i64 %296, 1024
  %298 = getelementptr i32, ptr %kbuf, i64 %297
  br label %chunk31

chunk31:                                          ; preds = %body32, %body27
  %chunk35 = phi i64 [ 0, %body27 ], [ %308, %body32 ]
  %299 = icmp slt i64 %chunk35, 64
  br i1 %299, label %body32, label %exit34

body32:                                           ; preds = %chunk31
  %300 = mul i64 %chunk35, 16
  %301 = mul i64 %300, 2
  %302 = mul i64 %300, 4
  %303 = getelementptr i8, ptr %295, i64 %301
  %304 = load <16 x i16>, ptr %303, align 2
  %305 = zext <16 x i16> %304 to <16 x i32>
  %306 = shl <16 x i32> %305, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %bf1636 = bitcast <16 x i32> %306 to <16 x float>
  %307 = getelementptr i8, ptr %298, i64 %302
  store <16 x float> %bf1636, ptr %307, align 64
  %308 = add nsw i64 %chunk35, 1
  br label %chunk31

exit34:                                           ; preds = %chunk31
  %309 = add nsw i32 %kpack30, 1
  br label %kpack

vpack:                                            ; preds = %kpack, %exit44
  %vpack40 = phi i32 [ %329, %exit44 ], [ 0, %kpack ]
  %310 = icmp slt i32 %vpack40, %280
  br i1 %310, label %body37, label %exit39

body37:                                           ; preds = %vpack
  %311 = add i32 %ktile26, %vpack40
  %312 = sext i32 %311 to i64
  %313 = mul i64 %312, 2048
  %314 = getelementptr i8, ptr %22, i64 %313
  %315 = sext i32 %vpack40 to i64
  %316 = mul i64 %315, 1024
  %317 = getelementptr i32, ptr %vbuf, i64 %316
  br label %chunk41

exit39:                                           ; preds = %vpack
  %318 = add i32 %nrows, 31
  %nblk = sdiv i32 %318, 32
  br label %rblock

chunk41:                                          ; preds = %body42, %body37
  %chunk45 = phi i64 [ 0, %body37 ], [ %328, %body42 ]
  %319 = icmp slt i64 %chunk45, 64
  br i1 %319, label %body42, label %exit44

body42:                                           ; preds = %chunk41
  %320 = mul i64 %chunk45, 16
  %321 = mul i64 %320, 2
  %322 = mul i64 %320, 4
  %323 = getelementptr i8, ptr %314, i64 %321
  %324 = load <16 x i16>, ptr %323, align 2
  %325 = zext <16 x i16> %324 to <16 x i32>
  %326 = shl <16 x i32> %325, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %bf1646 = bitcast <16 x i32> %326 to <16 x float>
  %327 = getelementptr i8, ptr %317, i64 %322
  store <16 x float> %bf1646, ptr %327, align 64
  %328 = add nsw i64 %chunk45, 1
  br label %chunk41

exit44:                                           ; preds = %chunk41
  %329 = add nsw i32 %vpack40, 1
  br label %vpack

rblock:                                           ; preds = %join, %exit39
  %rblock50 = phi i32 [ 0, %exit39 ], [ %354, %join ]
  %330 = icmp slt i32 %rblock50, %nblk
  br i1 %330, label %body47, label %exit49

body47:                                           ; preds = %rblock
  %331 = sext i32 %rblock50 to i64
  %332 = mul i32 %rblock50, 32
  %333 = add i32 %332, 31
  %334 = call i32 @llvm.smin.i32(i32 %333, i32 %272)
  %335 = sdiv i32 %334, %nh
  %336 = add i32 %q_begin, %335
  %337 = add i32 %q_pos0, %336
  %338 = add i32 %337, 1
  %339 = call i32 @llvm.smin.i32(i32 %338, i32 %k_end)
  %340 = sub i32 %339, %ktile26
  %341 = call i32 @llvm.smin.i32(i32 %280, i32 %340)
  %342 = icmp sgt i32 %341, 0
  br i1 %342, label %rvisit, label %join

exit49:                                           ; preds = %rblock
  %343 = add nsw i32 %ktile26, 12
  br label %ktile

rvisit:                                           ; preds = %body47
  %344 = mul i64 %331, 32768
  %345 = getelementptr i32, ptr %qt, i64 %344
  %346 = getelementptr i32, ptr %ot, i64 %344
  %347 = mul i64 %331, 2
  %348 = getelementptr <16 x float>, ptr %mv, i64 %347
  %349 = getelementptr <16 x float>, ptr %lv, i64 %347
  %350 = mul i64 %331, 32
  %351 = getelementptr i32, ptr %lims, i64 %350
  %limv = load <16 x i32>, ptr %351, align 64
  %352 = add i64 %350, 16
  %353 = getelementptr i32, ptr %lims, i64 %352
  %limv51 = load <16 x i32>, ptr %353, align 64
  br label %sblock

join:                                             ; preds = %pvblock, %body47
  %354 = add nsw i32 %rblock50, 1
  br label %rblock

sblock:                                           ; preds = %exit58, %rvisit
  %sblock55 = phi i32 [ 0, %rvisit ], [ %438, %exit58 ]
  %355 = icmp slt i32 %sblock55, %341
  br i1 %355, label %body52, label %smask

body52:                                           ; preds = %sblock
  %356 = sext i32 %sblock55 to i64
  %357 = mul i64 %356, 1024
  %358 = getelementptr i32, ptr %kbuf, i64 %357
  br label %sdim

sdim:                                             ; preds = %body56, %body52
  %sacc.sroa.92.0 = phi <16 x float> [ zeroinitializer, %body52 ], [ %411, %body56 ]
  %sacc.sroa.88.0 = phi <16 x float> [ zeroinitializer, %body52 ], [ %410, %body56 ]
  %sacc.sroa.84.0 = phi <16 x float> [ zeroinitializer, %body52 ], [ %407, %body56 ]
  %sacc.sroa.80.0 = phi <16 x float> [ zeroinitializer, %body52 ], [ %406, %body56 ]
  %sacc.sroa.76.0 = phi <16 x float> [ zeroinitializer, %body52 ], [ %403, %body56 ]
  %sacc.sroa.72.0 = phi <16 x float> [ zeroinitializer, %body52 ], [ %402, %body56 ]
  %sacc.sroa.68.0 = phi <16 x float> [ zeroinitializer, %body52 ], [ %399, %body56 ]
  %sacc.sroa.64.0 = phi <16 x float> [ zeroinitializer, %body52 ], [ %398, %body56 ]
  %sacc.sroa.60.0 = phi <16 x float> [ zeroinitializer, %body52 ], [ %395, %body56 ]
  %sacc.sroa.56.0 = phi <16 x float> [ zeroinitializer, %body52 ], [ %394, %body56 ]
  %sacc.sroa.52.0 = phi <16 x float> [ zeroinitializer, %body52 ], [ %391, %body56 ]
  %sacc.sroa.48.0 = phi <16 x float> [ zeroinitializer, %body52 ], [ %390, %body56 ]
  %sacc.sroa.44.0 = phi <16 x float> [ zeroinitializer, %body52 ], [ %387, %body56 ]
  %sacc.sroa.40.0 = phi <16 x float> [ zeroinitializer, %body52 ], [ %386, %body56 ]
  %sacc.sroa.36.0 = phi <16 x float> [ zeroinitializer, %body52 ], [ %383, %body56 ]
  %sacc.sroa.32.0 = phi <16 x float> [ zeroinitializer, %body52 ], [ %382, %body56 ]
  %sacc.sroa.28.0 = phi <16 x float> [ zeroinitializer, %body52 ], [ %379, %body56 ]
  %sacc.sroa.24.0 = phi <16 x float> [ zeroinitializer, %body52 ], [ %378, %body56 ]
  %sacc.sroa.20.0 = phi <16 x float> [ zeroinitializer, %body52 ], [ %375, %body56 ]
  %sacc.sroa.16.0 = phi <16 x float> [ zeroinitializer, %body52 ], [ %374, %body56 ]
  %sacc.sroa.12.0 = phi <16 x float> [ zeroinitializer, %body52 ], [ %371, %body56 ]
  %sacc.sroa.8.0 = phi <16 x float> [ zeroinitializer, %body52 ], [ %370, %body56 ]
  %sacc.sroa.4.0 = phi <16 x float> [ zeroinitializer, %body52 ], [ %367, %body56 ]
  %sacc.sroa.0.0 = phi <16 x float> [ zeroinitializer, %body52 ], [ %366, %body56 ]
  %sdim59 = phi i32 [ 0, %body52 ], [ %412, %body56 ]
  %359 = icmp slt i32 %sdim59, 1024
  br i1 %359, label %body56, label %exit58

body56:                                           ; preds = %sdim
  %360 = sext i32 %sdim59 to i64
  %361 = mul i64 %360, 32
  %362 = getelementptr i32, ptr %345, i64 %361
  %qt60 = load <16 x float>, ptr %362, align 64
  %363 = getelementptr i32, ptr %362, i64 16
  %qt61 = load <16 x float>, ptr %363, align 64
  %364 = getelementptr i32, ptr %358, i64 %360
  %k = load float, ptr %364, align 4
  %365 = insertelement <16 x float> poison, float %k, i32 0
  %splat62 = shufflevector <16 x float> %365, <16 x float> poison, <16 x i32> zeroinitializer
  %366 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt60, <16 x float> %splat62, <16 x float> %sacc.sroa.0.0)
  %367 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt61, <16 x float> %splat62, <16 x float> %sacc.sroa.4.0)
  %368 = getelementptr i32, ptr %364, i64 1024
  %k63 = load float, ptr %368, align 4
  %369 = insertelement <16 x float> poison, float %k63, i32 0
  %splat64 = shufflevector <16 x float> %369, <16 x float> poison, <16 x i32> zeroinitializer
  %370 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt60, <16 x float> %splat64, <16 x float> %sacc.sroa.8.0)
  %371 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt61, <16 x float> %splat64, <16 x float> %sacc.sroa.12.0)
  %372 = getelementptr i32, ptr %364, i64 2048
  %k65 = load float, ptr %372, align 4
  %373 = insertelement <16 x float> poison, float %k65, i32 0
  %splat66 = shufflevector <16 x float> %373, <16 x float> poison, <16 x i32> zeroinitializer
  %374 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt60, <16 x float> %splat66, <16 x float> %sacc.sroa.16.0)
  %375 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt61, <16 x float> %splat66, <16 x float> %sacc.sroa.20.0)
  %376 = getelementptr i32, ptr %364, i64 3072
  %k67 = load float, ptr %376, align 4
  %377 = insertelement <16 x float> poison, float %k67, i32 0
  %splat68 = shufflevector <16 x float> %377, <16 x float> poison, <16 x i32> zeroinitializer
  %378 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt60, <16 x float> %splat68, <16 x float> %sacc.sroa.24.0)
  %379 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt61, <16 x float> %splat68, <16 x float> %sacc.sroa.28.0)
  %380 = getelementptr i32, ptr %364, i64 4096
  %k69 = load float, ptr %380, align 4
  %381 = insertelement <16 x float> poison, float %k69, i32 0
  %splat70 = shufflevector <16 x float> %381, <16 x float> poison, <16 x i32> zeroinitializer
  %382 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt60, <16 x float> %splat70, <16 x float> %sacc.sroa.32.0)
  %383 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt61, <16 x float> %splat70, <16 x float> %sacc.sroa.36.0)
  %384 = getelementptr i32, ptr %364, i64 5120
  %k71 = load float, ptr %384, align 4
  %385 = insertelement <16 x float> poison, float %k71, i32 0
  %splat72 = shufflevector <16 x float> %385, <16 x float> poison, <16 x i32> zeroinitializer
  %386 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt60, <16 x float> %splat72, <16 x float> %sacc.sroa.40.0)
  %387 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt61, <16 x float> %splat72, <16 x float> %sacc.sroa.44.0)
  %388 = getelementptr i32, ptr %364, i64 6144
  %k73 = load float, ptr %388, align 4
  %389 = insertelement <16 x float> poison, float %k73, i32 0
  %splat74 = shufflevector <16 x float> %389, <16 x float> poison, <16 x i32> zeroinitializer
  %390 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt60, <16 x float> %splat74, <16 x float> %sacc.sroa.48.0)
  %391 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt61, <16 x float> %splat74, <16 x float> %sacc.sroa.52.0)
  %392 = getelementptr i32, ptr %364, i64 7168
  %k75 = load float, ptr %392, align 4
  %393 = insertelement <16 x float> poison, float %k75, i32 0
  %splat76 = shufflevector <16 x float> %393, <16 x float> poison, <16 x i32> zeroinitializer
  %394 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt60, <16 x float> %splat76, <16 x float> %sacc.sroa.56.0)
  %395 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt61, <16 x float> %splat76, <16 x float> %sacc.sroa.60.0)
  %396 = getelementptr i32, ptr %364, i64 8192
  %k77 = load float, ptr %396, align 4
  %397 = insertelement <16 x float> poison, float %k77, i32 0
  %splat78 = shufflevector <16 x float> %397, <16 x float> poison, <16 x i32> zeroinitializer
  %398 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt60, <16 x float> %splat78, <16 x float> %sacc.sroa.64.0)
  %399 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt61, <16 x float> %splat78, <16 x float> %sacc.sroa.68.0)
  %400 = getelementptr i32, ptr %364, i64 9216
  %k79 = load float, ptr %400, align 4
  %401 = insertelement <16 x float> poison, float %k79, i32 0
  %splat80 = shufflevector <16 x float> %401, <16 x float> poison, <16 x i32> zeroinitializer
  %402 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt60, <16 x float> %splat80, <16 x float> %sacc.sroa.72.0)
  %403 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt61, <16 x float> %splat80, <16 x float> %sacc.sroa.76.0)
  %404 = getelementptr i32, ptr %364, i64 10240
  %k81 = load float, ptr %404, align 4
  %405 = insertelement <16 x float> poison, float %k81, i32 0
  %splat82 = shufflevector <16 x float> %405, <16 x float> poison, <16 x i32> zeroinitializer
  %406 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt60, <16 x float> %splat82, <16 x float> %sacc.sroa.80.0)
  %407 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt61, <16 x float> %splat82, <16 x float> %sacc.sroa.84.0)
  %408 = getelementptr i32, ptr %364, i64 11264
  %k83 = load float, ptr %408, align 4
  %409 = insertelement <16 x float> poison, float %k83, i32 0
  %splat84 = shufflevector <16 x float> %409, <16 x float> poison, <16 x i32> zeroinitializer
  %410 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt60, <16 x float> %splat84, <16 x float> %sacc.sroa.88.0)
  %411 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt61, <16 x float> %splat84, <16 x float> %sacc.sroa.92.0)
  %412 = add nsw i32 %sdim59, 1
  br label %sdim

exit58:                                           ; preds = %sdim
  %413 = mul i64 %356, 32
  %414 = getelementptr i32, ptr %st, i64 %413
  store <16 x float> %sacc.sroa.0.0, ptr %414, align 64
  %415 = getelementptr i32, ptr %414, i64 16
  store <16 x float> %sacc.sroa.4.0, ptr %415, align 64
  %416 = getelementptr i32, ptr %414, i64 32
  store <16 x float> %sacc.sroa.8.0, ptr %416, align 64
  %417 = getelementptr i32, ptr %414, i64 48
  store <16 x float> %sacc.sroa.12.0, ptr %417, align 64
  %418 = getelementptr i32, ptr %414, i64 64
  store <16 x float> %sacc.sroa.16.0, ptr %418, align 64
  %419 = getelementptr i32, ptr %414, i64 80
  store <16 x float> %sacc.sroa.20.0, ptr %419, align 64
  %420 = getelementptr i32, ptr %414, i64 96
  store <16 x float> %sacc.sroa.24.0, ptr %420, align 64
  %421 = getelementptr i32, ptr %414, i64 112
  store <16 x float> %sacc.sroa.28.0, ptr %421, align 64
  %422 = getelementptr i32, ptr %414, i64 128
  store <16 x float> %sacc.sroa.32.0, ptr %422, align 64
  %423 = getelementptr i32, ptr %414, i64 144
  store <16 x float> %sacc.sroa.36.0, ptr %423, align 64
  %424 = getelementptr i32, ptr %414, i64 160
  store <16 x float> %sacc.sroa.40.0, ptr %424, align 64
  %425 = getelementptr i32, ptr %414, i64 176
  store <16 x float> %sacc.sroa.44.0, ptr %425, align 64
  %426 = getelementptr i32, ptr %414, i64 192
  store <16 x float> %sacc.sroa.48.0, ptr %426, align 64
  %427 = getelementptr i32, ptr %414, i64 208
  store <16 x float> %sacc.sroa.52.0, ptr %427, align 64
  %428 = getelementptr i32, ptr %414, i64 224
  store <16 x float> %sacc.sroa.56.0, ptr %428, align 64
  %429 = getelementptr i32, ptr %414, i64 240
  store <16 x float> %sacc.sroa.60.0, ptr %429, align 64
  %430 = getelementptr i32, ptr %414, i64 256
  store <16 x float> %sacc.sroa.64.0, ptr %430, align 64
  %431 = getelementptr i32, ptr %414, i64 272
  store <16 x float> %sacc.sroa.68.0, ptr %431, align 64
  %432 = getelementptr i32, ptr %414, i64 288
  store <16 x float> %sacc.sroa.72.0, ptr %432, align 64
  %433 = getelementptr i32, ptr %414, i64 304
  store <16 x float> %sacc.sroa.76.0, ptr %433, align 64
  %434 = getelementptr i32, ptr %414, i64 320
  store <16 x float> %sacc.sroa.80.0, ptr %434, align 64
  %435 = getelementptr i32, ptr %414, i64 336
  store <16 x float> %sacc.sroa.84.0, ptr %435, align 64
  %436 = getelementptr i32, ptr %414, i64 352
  store <16 x float> %sacc.sroa.88.0, ptr %436, align 64
  %437 = getelementptr i32, ptr %414, i64 368
  store <16 x float> %sacc.sroa.92.0, ptr %437, align 64
  %438 = add nsw i32 %sblock55, 12
  br label %sblock

smask:                                            ; preds = %sblock, %body85
  %tmax.sroa.4.0 = phi <16 x float> [ %452, %body85 ], [ <float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000>, %sblock ]
  %tmax.sroa.0.0 = phi <16 x float> [ %447, %body85 ], [ <float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000>, %sblock ]
  %smask88 = phi i32 [ %453, %body85 ], [ 0, %sblock ]
  %439 = icmp slt i32 %smask88, %341
  br i1 %439, label %body85, label %exit87

body85:                                           ; preds = %smask
  %440 = add i32 %ktile26, %smask88
  %441 = insertelement <16 x i32> poison, i32 %440, i32 0
  %splat89 = shufflevector <16 x i32> %441, <16 x i32> poison, <16 x i32> zeroinitializer
  %442 = sext i32 %smask88 to i64
  %443 = mul i64 %442, 32
  %444 = getelementptr i32, ptr %st, i64 %443
  %s = load <16 x float>, ptr %444, align 64
  %445 = icmp slt <16 x i32> %splat89, %limv
  %446 = select <16 x i1> %445, <16 x float> %s, <16 x float> <float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000>
  store <16 x float> %446, ptr %444, align 64
  %447 = call <16 x float> @llvm.maxnum.v16f32(<16 x float> %tmax.sroa.0.0, <16 x float> %446)
  %448 = add i64 %443, 16
  %449 = getelementptr i32, ptr %st, i64 %448
  %s90 = load <16 x float>, ptr %449, align 64
  %450 = icmp slt <16 x i32> %splat89, %limv51
  %451 = select <16 x i1> %450, <16 x float> %s90, <16 x float> <float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000>
  store <16 x float> %451, ptr %449, align 64
  %452 = call <16 x float> @llvm.maxnum.v16f32(<16 x float> %tmax.sroa.4.0, <16 x float> %451)
  %453 = add nsw i32 %smask88, 1
  br label %smask

exit87:                                           ; preds = %smask
  %m = load <16 x float>, ptr %348, align 64
  %454 = call <16 x float> @llvm.maxnum.v16f32(<16 x float> %m, <16 x float> %tmax.sroa.0.0)
  %455 = fcmp oeq <16 x float> %454, <float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000>
  %muse91 = select <16 x i1> %455, <16 x float> zeroinitializer, <16 x float> %454
  %456 = fsub <16 x float> %m, %muse91
  %457 = call <16 x float> @llvm.maxnum.v16f32(<16 x float> %456, <16 x float> <float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02>)
  %458 = call <16 x float> @llvm.minnum.v16f32(<16 x float> %457, <16 x float> <float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02>)
  %459 = fadd <16 x float> %458, <float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000>
  %n = fsub <16 x float> %459, <float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000>
  %f = fsub <16 x float> %458, %n
  %460 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> <float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000>, <16 x float> %f, <16 x float> <float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000>)
  %461 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %460, <16 x float> %f, <16 x float> <float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000>)
  %462 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %461, <16 x float> %f, <16 x float> <float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000>)
  %463 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %462, <16 x float> %f, <16 x float> <float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000>)
  %464 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %463, <16 x float> %f, <16 x float> <float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000>)
  %465 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %464, <16 x float> %f, <16 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>)
  %466 = fptosi <16 x float> %n to <16 x i32>
  %467 = add <16 x i32> %466, <i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127>
  %468 = shl <16 x i32> %467, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %469 = bitcast <16 x i32> %468 to <16 x float>
  %exp2 = fmul <16 x float> %465, %469
  store <16 x float> %454, ptr %348, align 64
  %470 = getelementptr <16 x float>, ptr %348, i64 1
  %m92 = load <16 x float>, ptr %470, align 64
  %471 = call <16 x float> @llvm.maxnum.v16f32(<16 x float> %m92, <16 x float> %tmax.sroa.4.0)
  %472 = fcmp oeq <16 x float> %471, <float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000>
  %muse93 = select <16 x i1> %472, <16 x float> zeroinitializer, <16 x float> %471
  %473 = fsub <16 x float> %m92, %muse93
  %474 = call <16 x float> @llvm.maxnum.v16f32(<16 x float> %473, <16 x float> <float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02>)
  %475 = call <16 x float> @llvm.minnum.v16f32(<16 x float> %474, <16 x float> <float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02>)
  %476 = fadd <16 x float> %475, <float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000>
  %n94 = fsub <16 x float> %476, <float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000>
  %f95 = fsub <16 x float> %475, %n94
  %477 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> <float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000>, <16 x float> %f95, <16 x float> <float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000>)
  %478 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %477, <16 x float> %f95, <16 x float> <float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000>)
  %479 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %478, <16 x float> %f95, <16 x float> <float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000>)
  %480 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %479, <16 x float> %f95, <16 x float> <float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000>)
  %481 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %480, <16 x float> %f95, <16 x float> <float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000>)
  %482 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %481, <16 x float> %f95, <16 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>)
  %483 = fptosi <16 x float> %n94 to <16 x i32>
  %484 = add <16 x i32> %483, <i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127>
  %485 = shl <16 x i32> %484, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %486 = bitcast <16 x i32> %485 to <16 x float>
  %exp296 = fmul <16 x float> %482, %486
  store <16 x float> %471, ptr %470, align 64
  br label %sexp

sexp:                                             ; preds = %body97, %exit87
  %lsum.sroa.4.0 = phi <16 x float> [ zeroinitializer, %exit87 ], [ %524, %body97 ]
  %lsum.sroa.0.0 = phi <16 x float> [ zeroinitializer, %exit87 ], [ %506, %body97 ]
  %sexp100 = phi i32 [ 0, %exit87 ], [ %525, %body97 ]
  %487 = icmp slt i32 %sexp100, %341
  br i1 %487, label %body97, label %exit99

body97:                                           ; preds = %sexp
  %488 = sext i32 %sexp100 to i64
  %489 = mul i64 %488, 32
  %490 = getelementptr i32, ptr %st, i64 %489
  %491 = load <16 x float>, ptr %490, align 64
  %492 = fsub <16 x float> %491, %muse91
  %493 = call <16 x float> @llvm.maxnum.v16f32(<16 x float> %492, <16 x float> <float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02>)
  %494 = call <16 x float> @llvm.minnum.v16f32(<16 x float> %493, <16 x float> <float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02>)
  %495 = fadd <16 x float> %494, <float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000>
  %n101 = fsub <16 x float> %495, <float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000>
  %f102 = fsub <16 x float> %494, %n101
  %496 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> <float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000>, <16 x float> %f102, <16 x float> <float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000>)
  %497 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %496, <16 x float> %f102, <16 x float> <float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000>)
  %498 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %497, <16 x float> %f102, <16 x float> <float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000>)
  %499 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %498, <16 x float> %f102, <16 x float> <float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000>)
  %500 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %499, <16 x float> %f102, <16 x float> <float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000>)
  %501 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %500, <16 x float> %f102, <16 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>)
  %502 = fptosi <16 x float> %n101 to <16 x i32>
  %503 = add <16 x i32> %502, <i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127>
  %504 = shl <16 x i32> %503, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %505 = bitcast <16 x i32> %504 to <16 x float>
  %exp2103 = fmul <16 x float> %501, %505
  store <16 x float> %exp2103, ptr %490, align 64
  %506 = fadd <16 x float> %lsum.sroa.0.0, %exp2103
  %507 = add i64 %489, 16
  %508 = getelementptr i32, ptr %st, i64 %507
  %509 = load <16 x float>, ptr %508, align 64
  %510 = fsub <16 x float> %509, %muse93
  %511 = call <16 x float> @llvm.maxnum.v16f32(<16 x float> %510, <16 x float> <float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02>)
  %512 = call <16 x float> @llvm.minnum.v16f32(<16 x float> %511, <16 x float> <float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02>)
  %513 = fadd <16 x float> %512, <float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000>
  %n104 = fsub <16 x float> %513, <float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000>
  %f105 = fsub <16 x float> %512, %n104
  %514 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> <float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000>, <16 x float> %f105, <16 x float> <float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000>)
  %515 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %514, <16 x float> %f105, <16 x float> <float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000>)
  %516 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %515, <16 x float> %f105, <16 x float> <float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000>)
  %517 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %516, <16 x float> %f105, <16 x float> <float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000>)
  %518 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %517, <16 x float> %f105, <16 x float> <float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000>)
  %519 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %518, <16 x float> %f105, <16 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>)
  %520 = fptosi <16 x float> %n104 to <16 x i32>
  %521 = add <16 x i32> %520, <i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127>
  %522 = shl <16 x i32> %521, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %523 = bitcast <16 x i32> %522 to <16 x float>
  %exp2106 = fmul <16 x float> %519, %523
  store <16 x float> %exp2106, ptr %508, align 64
  %524 = fadd <16 x float> %lsum.sroa.4.0, %exp2106
  %525 = add nsw i32 %sexp100, 1
  br label %sexp

exit99:                                           ; preds = %sexp
  %526 = load <16 x float>, ptr %349, align 64
  %527 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %526, <16 x float> %exp2, <16 x float> %lsum.sroa.0.0)
  store <16 x float> %527, ptr %349, align 64
  %528 = getelementptr <16 x float>, ptr %349, i64 1
  %529 = load <16 x float>, ptr %528, align 64
  %530 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %529, <16 x float> %exp296, <16 x float> %lsum.sroa.4.0)
  store <16 x float> %530, ptr %528, align 64
  br label %pvblock

pvblock:                                          ; preds = %exit113, %exit99
  %pvblock110 = phi i32 [ 0, %exit99 ], [ %624, %exit113 ]
  %531 = icmp slt i32 %pvblock110, 128
  br i1 %531, label %body107, label %join

body107:                                          ; preds = %pvblock
  %532 = mul i32 %pvblock110, 8
  %533 = sext i32 %532 to i64
  %534 = mul i64 %533, 32
  %535 = getelementptr i32, ptr %346, i64 %534
  %536 = load <16 x float>, ptr %535, align 64
  %537 = fmul <16 x float> %536, %exp2
  %538 = getelementptr i32, ptr %535, i64 16
  %539 = load <16 x float>, ptr %538, align 64
  %540 = fmul <16 x float> %539, %exp296
  %541 = getelementptr i32, ptr %535, i64 32
  %542 = load <16 x float>, ptr %541, align 64
  %543 = fmul <16 x float> %542, %exp2
  %544 = getelementptr i32, ptr %535, i64 48
  %545 = load <16 x float>, ptr %544, align 64
  %546 = fmul <16 x float> %545, %exp296
  %547 = getelementptr i32, ptr %535, i64 64
  %548 = load <16 x float>, ptr %547, align 64
  %549 = fmul <16 x float> %548, %exp2
  %550 = getelementptr i32, ptr %535, i64 80
  %551 = load <16 x float>, ptr %550, align 64
  %552 = fmul <16 x float> %551, %exp296
  %553 = getelementptr i32, ptr %535, i64 96
  %554 = load <16 x float>, ptr %553, align 64
  %555 = fmul <16 x float> %554, %exp2
  %556 = getelementptr i32, ptr %535, i64 112
  %557 = load <16 x float>, ptr %556, align 64
  %558 = fmul <16 x float> %557, %exp296
  %559 = getelementptr i32, ptr %535, i64 128
  %560 = load <16 x float>, ptr %559, align 64
  %561 = fmul <16 x float> %560, %exp2
  %562 = getelementptr i32, ptr %535, i64 144
  %563 = load <16 x float>, ptr %562, align 64
  %564 = fmul <16 x float> %563, %exp296
  %565 = getelementptr i32, ptr %535, i64 160
  %566 = load <16 x float>, ptr %565, align 64
  %567 = fmul <16 x float> %566, %exp2
  %568 = getelementptr i32, ptr %535, i64 176
  %569 = load <16 x float>, ptr %568, align 64
  %570 = fmul <16 x float> %569, %exp296
  %571 = getelementptr i32, ptr %535, i64 192
  %572 = load <16 x float>, ptr %571, align 64
  %573 = fmul <16 x float> %572, %exp2
  %574 = getelementptr i32, ptr %535, i64 208
  %575 = load <16 x float>, ptr %574, align 64
  %576 = fmul <16 x float> %575, %exp296
  %577 = getelementptr i32, ptr %535, i64 224
  %578 = load <16 x float>, ptr %577, align 64
  %579 = fmul <16 x float> %578, %exp2
  %580 = getelementptr i32, ptr %535, i64 240
  %581 = load <16 x float>, ptr %580, align 64
  %582 = fmul <16 x float> %581, %exp296
  br label %kpv

kpv:                                              ; preds = %body111, %body107
  %o.sroa.44.0 = phi <16 x float> [ %570, %body107 ], [ %614, %body111 ]
  %o.sroa.40.0 = phi <16 x float> [ %567, %body107 ], [ %613, %body111 ]
  %o.sroa.36.0 = phi <16 x float> [ %564, %body107 ], [ %610, %body111 ]
  %o.sroa.32.0 = phi <16 x float> [ %561, %body107 ], [ %609, %body111 ]
  %o.sroa.28.0 = phi <16 x float> [ %558, %body107 ], [ %606, %body111 ]
  %o.sroa.24.0 = phi <16 x float> [ %555, %body107 ], [ %605, %body111 ]
  %o.sroa.20.0 = phi <16 x float> [ %552, %body107 ], [ %602, %body111 ]
  %o.sroa.16.0 = phi <16 x float> [ %549, %body107 ], [ %601, %body111 ]
  %o.sroa.12.0 = phi <16 x float> [ %546, %body107 ], [ %598, %body111 ]
  %o.sroa.8.0 = phi <16 x float> [ %543, %body107 ], [ %597, %body111 ]
  %o.sroa.4.0 = phi <16 x float> [ %540, %body107 ], [ %594, %body111 ]
  %o.sroa.0.0 = phi <16 x float> [ %537, %body107 ], [ %593, %body111 ]
  %o.sroa.48.0 = phi <16 x float> [ %573, %body107 ], [ %617, %body111 ]
  %o.sroa.52.0 = phi <16 x float> [ %576, %body107 ], [ %618, %body111 ]
  %o.sroa.56.0 = phi <16 x float> [ %579, %body107 ], [ %621, %body111 ]
  %o.sroa.60.0 = phi <16 x float> [ %582, %body107 ], [ %622, %body111 ]
  %kpv114 = phi i32 [ 0, %body107 ], [ %623, %body111 ]
  %583 = icmp slt i32 %kpv114, %341
  br i1 %583, label %body111, label %exit113

body111:                                          ; preds = %kpv
  %584 = sext i32 %kpv114 to i64
  %585 = mul i64 %584, 32
  %586 = getelementptr i32, ptr %st, i64 %585
  %p = load <16 x float>, ptr %586, align 64
  %587 = add i64 %585, 16
  %588 = getelementptr i32, ptr %st, i64 %587
  %p115 = load <16 x float>, ptr %588, align 64
  %589 = mul i64 %584, 4096
  %590 = getelementptr i8, ptr %vbuf, i64 %589
  %591 = getelementptr i32, ptr %590, i64 %533
  %v = load float, ptr %591, align 4
  %592 = insertelement <16 x float> poison, float %v, i32 0
  %splat116 = shufflevector <16 x float> %592, <16 x float> poison, <16 x i32> zeroinitializer
  %593 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p, <16 x float> %splat116, <16 x float> %o.sroa.0.0)
  %594 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p115, <16 x float> %splat116, <16 x float> %o.sroa.4.0)
  %595 = getelementptr i32, ptr %591, i64 1
  %v117 = load float, ptr %595, align 4
  %596 = insertelement <16 x float> poison, float %v117, i32 0
  %splat118 = shufflevector <16 x float> %596, <16 x float> poison, <16 x i32> zeroinitializer
  %597 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p, <16 x float> %splat118, <16 x float> %o.sroa.8.0)
  %598 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p115, <16 x float> %splat118, <16 x float> %o.sroa.12.0)
  %599 = getelementptr i32, ptr %591, i64 2
  %v119 = load float, ptr %599, align 4
  %600 = insertelement <16 x float> poison, float %v119, i32 0
  %splat120 = shufflevector <16 x float> %600, <16 x float> poison, <16 x i32> zeroinitializer
  %601 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p, <16 x float> %splat120, <16 x float> %o.sroa.16.0)
  %602 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p115, <16 x float> %splat120, <16 x float> %o.sroa.20.0)
  %603 = getelementptr i32, ptr %591, i64 3
  %v121 = load float, ptr %603, align 4
  %604 = insertelement <16 x float> poison, float %v121, i32 0
  %splat122 = shufflevector <16 x float> %604, <16 x float> poison, <16 x i32> zeroinitializer
  %605 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p, <16 x float> %splat122, <16 x float> %o.sroa.24.0)
  %606 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p115, <16 x float> %splat122, <16 x float> %o.sroa.28.0)
  %607 = getelementptr i32, ptr %591, i64 4
  %v123 = load float, ptr %607, align 4
  %608 = insertelement <16 x float> poison, float %v123, i32 0
  %splat124 = shufflevector <16 x float> %608, <16 x float> poison, <16 x i32> zeroinitializer
  %609 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p, <16 x float> %splat124, <16 x float> %o.sroa.32.0)
  %610 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p115, <16 x float> %splat124, <16 x float> %o.sroa.36.0)
  %611 = getelementptr i32, ptr %591, i64 5
  %v125 = load float, ptr %611, align 4
  %612 = insertelement <16 x float> poison, float %v125, i32 0
  %splat126 = shufflevector <16 x float> %612, <16 x float> poison, <16 x i32> zeroinitializer
  %613 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p, <16 x float> %splat126, <16 x float> %o.sroa.40.0)
  %614 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p115, <16 x float> %splat126, <16 x float> %o.sroa.44.0)
  %615 = getelementptr i32, ptr %591, i64 6
  %v127 = load float, ptr %615, align 4
  %616 = insertelement <16 x float> poison, float %v127, i32 0
  %splat128 = shufflevector <16 x float> %616, <16 x float> poison, <16 x i32> zeroinitializer
  %617 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p, <16 x float> %splat128, <16 x float> %o.sroa.48.0)
  %618 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p115, <16 x float> %splat128, <16 x float> %o.sroa.52.0)
  %619 = getelementptr i32, ptr %591, i64 7
  %v129 = load float, ptr %619, align 4
  %620 = insertelement <16 x float> poison, float %v129, i32 0
  %splat130 = shufflevector <16 x float> %620, <16 x float> poison, <16 x i32> zeroinitializer
  %621 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p, <16 x float> %splat130, <16 x float> %o.sroa.56.0)
  %622 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p115, <16 x float> %splat130, <16 x float> %o.sroa.60.0)
  %623 = add nsw i32 %kpv114, 1
  br label %kpv

exit113:                                          ; preds = %kpv
  store <16 x float> %o.sroa.0.0, ptr %535, align 64
  store <16 x float> %o.sroa.4.0, ptr %538, align 64
  store <16 x float> %o.sroa.8.0, ptr %541, align 64
  store <16 x float> %o.sroa.12.0, ptr %544, align 64
  store <16 x float> %o.sroa.16.0, ptr %547, align 64
  store <16 x float> %o.sroa.20.0, ptr %550, align 64
  store <16 x float> %o.sroa.24.0, ptr %553, align 64
  store <16 x float> %o.sroa.28.0, ptr %556, align 64
  store <16 x float> %o.sroa.32.0, ptr %559, align 64
  store <16 x float> %o.sroa.36.0, ptr %562, align 64
  store <16 x float> %o.sroa.40.0, ptr %565, align 64
  store <16 x float> %o.sroa.44.0, ptr %568, align 64
  store <16 x float> %o.sroa.48.0, ptr %571, align 64
  store <16 x float> %o.sroa.52.0, ptr %574, align 64
  store <16 x float> %o.sroa.56.0, ptr %577, align 64
  store <16 x float> %o.sroa.60.0, ptr %580, align 64
  %624 = add nsw i32 %pvblock110, 1
  br label %pvblock

orow131:                                          ; preds = %written, %exit25
  %orow135 = phi i32 [ 0, %exit25 ], [ %658, %written ]
  %625 = icmp slt i32 %orow135, %nrows
  br i1 %625, label %body132, label %done

body132:                                          ; preds = %orow131
  %626 = sext i32 %orow135 to i64
  %627 = getelementptr float, ptr %ms, i64 %626
  %m136 = load float, ptr %627, align 4
  %628 = getelementptr float, ptr %ls, i64 %626
  %l = load float, ptr %628, align 4
  %629 = sdiv i32 %orow135, 32
  %630 = srem i32 %orow135, 32
  %631 = sext i32 %629 to i64
  %632 = mul i64 %631, 32768
  %633 = getelementptr i32, ptr %ot, i64 %632
  br label %otrow

otrow:                                            ; preds = %body137, %body132
  %otrow140 = phi i32 [ 0, %body132 ], [ %642, %body137 ]
  %634 = icmp slt i32 %otrow140, 1024
  br i1 %634, label %body137, label %exit139

body137:                                          ; preds = %otrow
  %635 = sext i32 %630 to i64
  %636 = sext i32 %otrow140 to i64
  %637 = mul i64 %636, 32
  %638 = add i64 %637, %635
  %639 = getelementptr i32, ptr %633, i64 %638
  %640 = load float, ptr %639, align 4
  %641 = getelementptr i32, ptr %rowbuf, i64 %636
  store float %640, ptr %641, align 4
  %642 = add nsw i32 %otrow140, 1
  br label %otrow

exit139:                                          ; preds = %otrow
  %643 = icmp ne ptr %part, null
  br i1 %643, label %partial, label %final

partial:                                          ; preds = %exit139
  %644 = sext i32 %nrows to i64
  %645 = mul i64 %626, 1024
  %646 = getelementptr float, ptr %part, i64 %645
  br label %chunk141

final:                                            ; preds = %exit139
  %647 = sdiv i32 %orow135, %nh
  %qi146 = add i32 %q_begin, %647
  %648 = srem i32 %orow135, %nh
  %h147 = add i32 %h_begin, %648
  %649 = mul i32 %kv_head, 128
  %hq148 = add i32 %649, %h147
  %650 = sext i32 %qi146 to i64
  %651 = add i64 %q_row0, %650
  %652 = mul i64 %651, 128
  %653 = sext i32 %hq148 to i64
  %orow149 = add i64 %652, %653
  %654 = fcmp oeq float %l, 0.000000e+00
  %655 = fdiv float 1.000000e+00, %l
  %656 = select i1 %654, float 0.000000e+00, float %655
  %657 = insertelement <16 x float> poison, float %656, i32 0
  %splat150 = shufflevector <16 x float> %657, <16 x float> poison, <16 x i32> zeroinitializer
  br label %chunk151

written:                                          ; preds = %exit154, %exit144
  %658 = add nsw i32 %orow135, 1
  br label %orow131

chunk141:                                         ; preds = %body142, %partial
  %chunk145 = phi i64 [ 0, %partial ], [ %664, %body142 ]
  %659 = icmp slt i64 %chunk145, 64
  br i1 %659, label %body142, label %exit144

body142:                                          ; preds = %chunk141
  %660 = getelementptr <16 x float>, ptr %rowbuf, i64 %chunk145
  %661 = load <16 x float>, ptr %660, align 64
  %662 = mul i64 %chunk145, 64
  %663 = getelementptr i8, ptr %646, i64 %662
  store <16 x float> %661, ptr %663, align 4
  %664 = add nsw i64 %chunk145, 1
  br label %chunk141

exit144:                                          ; preds = %chunk141
  %665 = mul i64 %644, 1024
  %666 = add i64 %665, %626
  %667 = getelementptr float, ptr %part, i64 %666
  store float %m136, ptr %667, align 4
  %668 = add i64 %666, %644
  %669 = getelementptr float, ptr %part, i64 %668
  store float %l, ptr %669, align 4
  br label %written

chunk151:                                         ; preds = %body152, %final
  %chunk155 = phi i64 [ 0, %final ], [ %676, %body152 ]
  %670 = icmp slt i64 %chunk155, 64
  br i1 %670, label %body152, label %exit154

body152:                                          ; preds = %chunk151
  %671 = getelementptr <16 x float>, ptr %rowbuf, i64 %chunk155
  %672 = load <16 x float>, ptr %671, align 64
  %673 = fmul <16 x float> %672, %splat150
  %674 = mul i64 %chunk155, 64
  %675 = getelementptr i8, ptr %rowbuf, i64 %674
  store <16 x float> %673, ptr %675, align 4
  %676 = add nsw i64 %chunk155, 1
  br label %chunk151

exit154:                                          ; preds = %chunk151
  %u = select i1 %654, ptr null, ptr %rowbuf
  call void @xcache_t5_11b_project(ptr %0, ptr %u, i64 %orow149)
  br label %written
}

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare i32 @llvm.smin.i32(i32, i32) #1

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare i64 @llvm.smin.i64(i64, i64) #1

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare <16 x float> @llvm.maxnum.v16f32(<16 x float>, <16 x float>) #1

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare <16 x float> @llvm.minnum.v16f32(<16 x float>, <16 x float>) #1

declare i32 @attnrt_run(ptr, ptr)

; Function Attrs: nounwind
define i32 @xcache_t5_11b(ptr %0) #0 {
entry:
  %1 = call i32 @attnrt_run(ptr @xcache_t5_11b_kernel, ptr %0)
  ret i32 %1
}

declare i64 @attnrt_tasks(ptr, ptr)

; Function Attrs: nounwind
define i64 @xcache_t5_11b_tasks(ptr %0) #0 {
entry:
  %1 = call i64 @attnrt_tasks(ptr @xcache_t5_11b_kernel, ptr %0)
  ret i64 %1
}

declare i32 @attnrt_task(ptr, ptr, i64)

; Function Attrs: nounwind
define i32 @xcache_t5_11b_task(ptr %0, i64 %1) #0 {
entry:
  %2 = call i32 @attnrt_task(ptr @xcache_t5_11b_kernel, ptr %0, i64 %1)
  ret i32 %2
}

declare i64 @attnrt_workspace(ptr, ptr)

; Function Attrs: nounwind
define i64 @xcache_t5_11b_workspace(ptr %0) #0 {
entry:
  %1 = call i64 @attnrt_workspace(ptr @xcache_t5_11b_kernel, ptr %0)
  ret i64 %1
}

declare i32 @attnrt_append(ptr, ptr)

; Function Attrs: nounwind
define i32 @xcache_t5_11b_append(ptr %0) #0 {
entry:
  %1 = call i32 @attnrt_append(ptr @xcache_t5_11b_kernel, ptr %0)
  ret i32 %1
}

; Function Attrs: nounwind
define ptr @xcache_t5_11b_info() #0 {
entry:
  ret ptr @xcache_t5_11b_info_data
}

attributes #0 = { nounwind "target-cpu"="x86-64-v4" "target-features"="+avx512f,+evex512,+avx512bw,+avx512vl,+avx2,+fma,+f16c" }
attributes #1 = { nocallback nofree nosync nounwind speculatable willreturn memory(none) }
