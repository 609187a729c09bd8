; ModuleID = 'xcache_t5_11b'
source_filename = "xcache_t5_11b"
target triple = "x86_64-unknown-linux-gnu"

@xcache_t5_11b.name = private unnamed_addr constant [14 x i8] c"xcache_t5_11b\00"
@xcache_t5_11b.spec = private unnamed_addr constant [384 x i8] c"attncc: 1\0Aname: xcache_t5_11b\0Aphase: decode\0Akind: self\0Aheads: {q: 128, kv: 128, dim: 128, v_dim: 128}\0Atypes: {q: bf16, cache: bf16, out: bf16}\0Ascale: auto\0Acache: {store: x, layout: contiguous, order: token_major, capacity: 4096, latent_dim: 0, rope_dim: 0, shared_across_layers: false}\0Amask: {causal: true}\0Aoutput: {lse: false}\0Aslim: {order: auto}\0Amodel: {layers: 24, d_model: 1024}\0A\00"
@xcache_t5_11b_info_data = internal constant { i32, i32, i64, ptr, ptr, i32, i32, i32, i32, i32, i32, i32, i32, i32, i32, i32, i32, i32, float, i32, i32, i32, ptr, i32, i32 } { i32 5, i32 1, i64 7315395120318662755, ptr @xcache_t5_11b.name, ptr @xcache_t5_11b.spec, i32 128, i32 128, i32 128, i32 128, i32 2, i32 2, i32 2, i32 0, i32 0, i32 0, i32 4096, i32 1, i32 0, float 0x3FB6A09E60000000, i32 2, i32 1024, i32 0, ptr null, i32 0, i32 0 }, align 8
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
  %18 = mul i64 %17, 8388608
  %19 = getelementptr i8, ptr %k_cache, i64 %18
  %20 = sext i32 %kv_head to i64
  %21 = icmp sgt i32 %nrows, 0
  br i1 %21, label %qrow, label %done

done:                                             ; preds = %orow132, %entry
  ret void

qrow:                                             ; preds = %entry, %exit17
  %qrow1 = phi i32 [ %199, %exit17 ], [ 0, %entry ]
  %22 = icmp slt i32 %qrow1, 32
  br i1 %22, label %body, label %otzero

body:                                             ; preds = %qrow
  %23 = icmp slt i32 %qrow1, %nrows
  %24 = sub i32 %nrows, 1
  %25 = call i32 @llvm.smin.i32(i32 %qrow1, i32 %24)
  %26 = sdiv i32 %25, %nh
  %qi = add i32 %q_begin, %26
  %27 = srem i32 %25, %nh
  %h = add i32 %h_begin, %27
  %28 = mul i32 %kv_head, 128
  %hq = add i32 %28, %h
  %29 = sext i32 %qi to i64
  %30 = add i64 %q_row0, %29
  %31 = mul i64 %30, 128
  %32 = sext i32 %hq to i64
  %orow = add i64 %31, %32
  %33 = mul i64 %orow, 256
  %34 = getelementptr i8, ptr %q, i64 %33
  %35 = select i1 %23, float 0x3FC0527DC0000000, float 0.000000e+00
  %36 = insertelement <16 x float> poison, float %35, i32 0
  %splat = shufflevector <16 x float> %36, <16 x float> poison, <16 x i32> zeroinitializer
  br label %chunk

chunk:                                            ; preds = %body2, %body
  %chunk5 = phi i64 [ 0, %body ], [ %45, %body2 ]
  %37 = icmp slt i64 %chunk5, 8
  br i1 %37, label %body2, label %exit4

body2:                                            ; preds = %chunk
  %38 = mul i64 %chunk5, 32
  %39 = getelementptr i8, ptr %34, i64 %38
  %40 = load <16 x i16>, ptr %39, align 2
  %41 = zext <16 x i16> %40 to <16 x i32>
  %42 = shl <16 x i32> %41, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %bf16 = bitcast <16 x i32> %42 to <16 x float>
  %43 = fmul <16 x float> %bf16, %splat
  %44 = getelementptr <16 x float>, ptr %qnope, i64 %chunk5
  store <16 x float> %43, ptr %44, align 64
  %45 = add nsw i64 %chunk5, 1
  br label %chunk

exit4:                                            ; preds = %chunk
  %46 = srem i64 %orow, 128
  %47 = getelementptr i8, ptr %0, i64 128
  %w_absorb = load ptr, ptr %47, align 8
  %48 = mul i64 %46, 128
  %49 = getelementptr float, ptr %w_absorb, i64 %48
  br label %absorb

absorb:                                           ; preds = %exit12, %exit4
  %absorb9 = phi i64 [ 0, %exit4 ], [ %189, %exit12 ]
  %50 = icmp slt i64 %absorb9, 64
  br i1 %50, label %body6, label %exit8

body6:                                            ; preds = %absorb
  %51 = mul i64 %absorb9, 16
  br label %absorb_out

exit8:                                            ; preds = %absorb
  %52 = sext i32 %qrow1 to i64
  %53 = getelementptr i32, ptr %lims, i64 %52
  %54 = add i32 %q_pos0, %qi
  %55 = add i32 %54, 1
  %56 = call i32 @llvm.smin.i32(i32 %55, i32 %k_end)
  store i32 %56, ptr %53, align 4
  %57 = sdiv i32 %qrow1, 32
  %58 = sext i32 %57 to i64
  %59 = mul i64 %58, 32768
  %60 = getelementptr i32, ptr %qt, i64 %59
  %61 = srem i32 %qrow1, 32
  br label %qcol

absorb_out:                                       ; preds = %body10, %body6
  %absorb_out13 = phi i64 [ 0, %body6 ], [ %106, %body10 ]
  %62 = icmp slt i64 %absorb_out13, 16
  br i1 %62, label %body10, label %exit12

body10:                                           ; preds = %absorb_out
  %63 = add i64 %51, %absorb_out13
  %64 = call i64 @llvm.smin.i64(i64 %63, i64 1023)
  %65 = mul i64 %64, 16384
  %66 = getelementptr float, ptr %49, i64 %65
  %67 = load <16 x float>, ptr %66, align 4
  %68 = load <16 x float>, ptr %qnope, align 64
  %69 = fmul <16 x float> %68, %67
  %70 = getelementptr float, ptr %66, i64 16
  %71 = load <16 x float>, ptr %70, align 4
  %72 = getelementptr <16 x float>, ptr %qnope, i64 1
  %73 = load <16 x float>, ptr %72, align 64
  %74 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %73, <16 x float> %71, <16 x float> %69)
  %75 = getelementptr float, ptr %66, i64 32
  %76 = load <16 x float>, ptr %75, align 4
  %77 = getelementptr <16 x float>, ptr %qnope, i64 2
  %78 = load <16 x float>, ptr %77, align 64
  %79 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %78, <16 x float> %76, <16 x float> %74)
  %80 = getelementptr float, ptr %66, i64 48
  %81 = load <16 x float>, ptr %80, align 4
  %82 = getelementptr <16 x float>, ptr %qnope, i64 3
  %83 = load <16 x float>, ptr %82, align 64
  %84 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %83, <16 x float> %81, <16 x float> %79)
  %85 = getelementptr float, ptr %66, i64 64
  %86 = load <16 x float>, ptr %85, align 4
  %87 = getelementptr <16 x float>, ptr %qnope, i64 4
  %88 = load <16 x float>, ptr %87, align 64
  %89 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %88, <16 x float> %86, <16 x float> %84)
  %90 = getelementptr float, ptr %66, i64 80
  %91 = load <16 x float>, ptr %90, align 4
  %92 = getelementptr <16 x float>, ptr %qnope, i64 5
  %93 = load <16 x float>, ptr %92, align 64
  %94 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %93, <16 x float> %91, <16 x float> %89)
  %95 = getelementptr float, ptr %66, i64 96
  %96 = load <16 x float>, ptr %95, align 4
  %97 = getelementptr <16 x float>, ptr %qnope, i64 6
  %98 = load <16 x float>, ptr %97, align 64
  %99 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %98, <16 x float> %96, <16 x float> %94)
  %100 = getelementptr float, ptr %66, i64 112
  %101 = load <16 x float>, ptr %100, align 4
  %102 = getelementptr <16 x float>, ptr %qnope, i64 7
  %103 = load <16 x float>, ptr %102, align 64
  %104 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %103, <16 x float> %101, <16 x float> %99)
  %105 = getelementptr <16 x float>, ptr %dots, i64 %absorb_out13
  store <16 x float> %104, ptr %105, align 64
  %106 = add nsw i64 %absorb_out13, 1
  br label %absorb_out

exit12:                                           ; preds = %absorb_out
  %107 = load <16 x float>, ptr %dots, align 64
  %108 = getelementptr <16 x float>, ptr %dots, i64 1
  %109 = load <16 x float>, ptr %108, align 64
  %110 = shufflevector <16 x float> %107, <16 x float> %109, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %111 = shufflevector <16 x float> %107, <16 x float> %109, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %112 = fadd <16 x float> %110, %111
  %113 = getelementptr <16 x float>, ptr %dots, i64 2
  %114 = load <16 x float>, ptr %113, align 64
  %115 = getelementptr <16 x float>, ptr %dots, i64 3
  %116 = load <16 x float>, ptr %115, align 64
  %117 = shufflevector <16 x float> %114, <16 x float> %116, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %118 = shufflevector <16 x float> %114, <16 x float> %116, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %119 = fadd <16 x float> %117, %118
  %120 = shufflevector <16 x float> %112, <16 x float> %119, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11, i32 16, i32 17, i32 18, i32 19, i32 24, i32 25, i32 26, i32 27>
  %121 = shufflevector <16 x float> %112, <16 x float> %119, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15, i32 20, i32 21, i32 22, i32 23, i32 28, i32 29, i32 30, i32 31>
  %122 = fadd <16 x float> %120, %121
  %123 = getelementptr <16 x float>, ptr %dots, i64 4
  %124 = load <16 x float>, ptr %123, align 64
  %125 = getelementptr <16 x float>, ptr %dots, i64 5
  %126 = load <16 x float>, ptr %125, align 64
  %127 = shufflevector <16 x float> %124, <16 x float> %126, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %128 = shufflevector <16 x float> %124, <16 x float> %126, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %129 = fadd <16 x float> %127, %128
  %130 = getelementptr <16 x float>, ptr %dots, i64 6
  %131 = load <16 x float>, ptr %130, align 64
  %132 = getelementptr <16 x float>, ptr %dots, i64 7
  %133 = load <16 x float>, ptr %132, align 64
  %134 = shufflevector <16 x float> %131, <16 x float> %133, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %135 = shufflevector <16 x float> %131, <16 x float> %133, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %136 = fadd <16 x float> %134, %135
  %137 = shufflevector <16 x float> %129, <16 x float> %136, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11, i32 16, i32 17, i32 18, i32 19, i32 24, i32 25, i32 26, i32 27>
  %138 = shufflevector <16 x float> %129, <16 x float> %136, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15, i32 20, i32 21, i32 22, i32 23, i32 28, i32 29, i32 30, i32 31>
  %139 = fadd <16 x float> %137, %138
  %140 = shufflevector <16 x float> %122, <16 x float> %139, <16 x i32> <i32 0, i32 1, i32 4, i32 5, i32 8, i32 9, i32 12, i32 13, i32 16, i32 17, i32 20, i32 21, i32 24, i32 25, i32 28, i32 29>
  %141 = shufflevector <16 x float> %122, <16 x float> %139, <16 x i32> <i32 2, i32 3, i32 6, i32 7, i32 10, i32 11, i32 14, i32 15, i32 18, i32 19, i32 22, i32 23, i32 26, i32 27, i32 30, i32 31>
  %142 = fadd <16 x float> %140, %141
  %143 = getelementptr <16 x float>, ptr %dots, i64 8
  %144 = load <16 x float>, ptr %143, align 64
  %145 = getelementptr <16 x float>, ptr %dots, i64 9
  %146 = load <16 x float>, ptr %145, align 64
  %147 = shufflevector <16 x float> %144, <16 x float> %146, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %148 = shufflevector <16 x float> %144, <16 x float> %146, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %149 = fadd <16 x float> %147, %148
  %150 = getelementptr <16 x float>, ptr %dots, i64 10
  %151 = load <16 x float>, ptr %150, align 64
  %152 = getelementptr <16 x float>, ptr %dots, i64 11
  %153 = load <16 x float>, ptr %152, align 64
  %154 = shufflevector <16 x float> %151, <16 x float> %153, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %155 = shufflevector <16 x float> %151, <16 x float> %153, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %156 = fadd <16 x float> %154, %155
  %157 = shufflevector <16 x float> %149, <16 x float> %156, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11, i32 16, i32 17, i32 18, i32 19, i32 24, i32 25, i32 26, i32 27>
  %158 = shufflevector <16 x float> %149, <16 x float> %156, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15, i32 20, i32 21, i32 22, i32 23, i32 28, i32 29, i32 30, i32 31>
  %159 = fadd <16 x float> %157, %158
  %160 = getelementptr <16 x float>, ptr %dots, i64 12
  %161 = load <16 x float>, ptr %160, align 64
  %162 = getelementptr <16 x float>, ptr %dots, i64 13
  %163 = load <16 x float>, ptr %162, align 64
  %164 = shufflevector <16 x float> %161, <16 x float> %163, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %165 = shufflevector <16 x float> %161, <16 x float> %163, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %166 = fadd <16 x float> %164, %165
  %167 = getelementptr <16 x float>, ptr %dots, i64 14
  %168 = load <16 x float>, ptr %167, align 64
  %169 = getelementptr <16 x float>, ptr %dots, i64 15
  %170 = load <16 x float>, ptr %169, align 64
  %171 = shufflevector <16 x float> %168, <16 x float> %170, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %172 = shufflevector <16 x float> %168, <16 x float> %170, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %173 = fadd <16 x float> %171, %172
  %174 = shufflevector <16 x float> %166, <16 x float> %173, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11, i32 16, i32 17, i32 18, i32 19, i32 24, i32 25, i32 26, i32 27>
  %175 = shufflevector <16 x float> %166, <16 x float> %173, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15, i32 20, i32 21, i32 22, i32 23, i32 28, i32 29, i32 30, i32 31>
  %176 = fadd <16 x float> %174, %175
  %177 = shufflevector <16 x float> %159, <16 x float> %176, <16 x i32> <i32 0, i32 1, i32 4, i32 5, i32 8, i32 9, i32 12, i32 13, i32 16, i32 17, i32 20, i32 21, i32 24, i32 25, i32 28, i32 29>
  %178 = shufflevector <16 x float> %159, <16 x float> %176, <16 x i32> <i32 2, i32 3, i32 6, i32 7, i32 10, i32 11, i32 14, i32 15, i32 18, i32 19, i32 22, i32 23, i32 26, i32 27, i32 30, i32 31>
  %179 = fadd <16 x float> %177, %178
  %180 = shufflevector <16 x float> %142, <16 x float> %179, <16 x i32> <i32 0, i32 2, i32 4, i32 6, i32 8, i32 10, i32 12, i32 14, i32 16, i32 18, i32 20, i32 22, i32 24, i32 26, i32 28, i32 30>
  %181 = shufflevector <16 x float> %142, <16 x float> %179, <16 x i32> <i32 1, i32 3, i32 5, i32 7, i32 9, i32 11, i32 13, i32 15, i32 17, i32 19, i32 21, i32 23, i32 25, i32 27, i32 29, i32 31>
  %182 = fadd <16 x float> %180, %181
  %183 = trunc i64 %51 to i32
  %184 = insertelement <16 x i32> poison, i32 %183, i32 0
  %splat14 = shufflevector <16 x i32> %184, <16 x i32> poison, <16 x i32> zeroinitializer
  %185 = add <16 x i32> %splat14, <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15>
  %186 = icmp slt <16 x i32> %185, <i32 1024, i32 1024, i32 1024, i32 1024, i32 1024, i32 1024, i32 1024, i32 1024, i32 1024, i32 1024, i32 1024, i32 1024, i32 1024, i32 1024, i32 1024, i32 1024>
  %187 = getelementptr <16 x float>, ptr %rowbuf, i64 %absorb9
  %188 = select <16 x i1> %186, <16 x float> %182, <16 x float> zeroinitializer
  store <16 x float> %188, ptr %187, align 64
  %189 = add nsw i64 %absorb9, 1
  br label %absorb

qcol:                                             ; preds = %body15, %exit8
  %qcol18 = phi i32 [ 0, %exit8 ], [ %198, %body15 ]
  %190 = icmp slt i32 %qcol18, 1024
  br i1 %190, label %body15, label %exit17

body15:                                           ; preds = %qcol
  %191 = sext i32 %qcol18 to i64
  %192 = getelementptr i32, ptr %rowbuf, i64 %191
  %193 = load float, ptr %192, align 4
  %194 = sext i32 %61 to i64
  %195 = mul i64 %191, 32
  %196 = add i64 %195, %194
  %197 = getelementptr i32, ptr %60, i64 %196
  store float %193, ptr %197, align 4
  %198 = add nsw i32 %qcol18, 1
  br label %qcol

exit17:                                           ; preds = %qcol
  %199 = add nsw i32 %qrow1, 1
  br label %qrow

otzero:                                           ; preds = %qrow, %body19
  %otzero22 = phi i32 [ %204, %body19 ], [ 0, %qrow ]
  %200 = icmp slt i32 %otzero22, 2048
  br i1 %200, label %body19, label %exit21

body19:                                           ; preds = %otzero
  %201 = sext i32 %otzero22 to i64
  %202 = mul i64 %201, 16
  %203 = getelementptr i32, ptr %ot, i64 %202
  store <16 x float> zeroinitializer, ptr %203, align 64
  %204 = add nsw i32 %otzero22, 1
  br label %otzero

exit21:                                           ; preds = %otzero
  store <16 x float> <float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000>, ptr %mv, align 64
  store <16 x float> zeroinitializer, ptr %lv, align 64
  %205 = getelementptr <16 x float>, ptr %mv, i64 1
  store <16 x float> <float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000>, ptr %205, align 64
  %206 = getelementptr <16 x float>, ptr %lv, i64 1
  store <16 x float> zeroinitializer, ptr %206, align 64
  %207 = sub i32 %nrows, 1
  %208 = sdiv i32 %207, %nh
  %209 = add i32 %q_begin, %208
  %210 = add i32 %q_pos0, %209
  %211 = add i32 %210, 1
  %212 = call i32 @llvm.smin.i32(i32 %211, i32 %k_end)
  %k_last = sub i32 %212, 1
  br label %ktile

ktile:                                            ; preds = %exit50, %exit21
  %ktile26 = phi i32 [ %k_begin, %exit21 ], [ %278, %exit50 ]
  %213 = icmp slt i32 %ktile26, %212
  br i1 %213, label %body23, label %exit25

body23:                                           ; preds = %ktile
  %214 = sub i32 %212, %ktile26
  %215 = call i32 @llvm.smin.i32(i32 12, i32 %214)
  %216 = add i32 %215, 11
  %217 = sdiv i32 %216, 12
  %218 = mul i32 %217, 12
  br label %kpack

exit25:                                           ; preds = %ktile
  %219 = load <16 x float>, ptr %mv, align 64
  store <16 x float> %219, ptr %ms, align 64
  %220 = load <16 x float>, ptr %lv, align 64
  store <16 x float> %220, ptr %ls, align 64
  %221 = getelementptr float, ptr %ms, i64 16
  %222 = load <16 x float>, ptr %205, align 64
  store <16 x float> %222, ptr %221, align 64
  %223 = getelementptr float, ptr %ls, i64 16
  %224 = load <16 x float>, ptr %206, align 64
  store <16 x float> %224, ptr %223, align 64
  br label %orow132

kpack:                                            ; preds = %exit34, %body23
  %kpack30 = phi i32 [ 0, %body23 ], [ %244, %exit34 ]
  %225 = icmp slt i32 %kpack30, %218
  br i1 %225, label %body27, label %vpack

body27:                                           ; preds = %kpack
  %226 = add i32 %ktile26, %kpack30
  %227 = call i32 @llvm.smin.i32(i32 %226, i32 %k_last)
  %228 = sext i32 %227 to i64
  %row = add i64 %20, %228
  %229 = mul i64 %row, 2048
  %230 = getelementptr i8, ptr %19, i64 %229
  %231 = sext i32 %kpack30 to i64
  %232 = mul i64 %231, 1024
  %233 = getelementptr i32, ptr %kbuf, i64 %232
  br label %chunk31

chunk31:                                          ; preds = %body32, %body27
  %chunk35 = phi i64 [ 0, %body27 ], [ %243, %body32 ]
  %234 = icmp slt i64 %chunk35, 64
  br i1 %234, label %body32, label %exit34

body32:                                           ; preds = %chunk31
  %235 = mul i64 %chunk35, 16
  %236 = mul i64 %235, 4
  %237 = mul i64 %235, 2
  %238 = getelementptr i8, ptr %230, i64 %237
  %239 = load <16 x i16>, ptr %238, align 2
  %240 = zext <16 x i16> %239 to <16 x i32>
  %241 = shl <16 x i32> %240, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %bf1636 = bitcast <16 x i32> %241 to <16 x float>
  %242 = getelementptr i8, ptr %233, i64 %236
  store <16 x float> %bf1636, ptr %242, align 64
  %243 = add nsw i64 %chunk35, 1
  br label %chunk31

exit34:                                           ; preds = %chunk31
  %244 = add nsw i32 %kpack30, 1
  br label %kpack

vpack:                                            ; preds = %kpack, %exit45
  %vpack40 = phi i32 [ %264, %exit45 ], [ 0, %kpack ]
  %245 = icmp slt i32 %vpack40, %215
  br i1 %245, label %body37, label %exit39

body37:                                           ; preds = %vpack
  %246 = add i32 %ktile26, %vpack40
  %247 = sext i32 %246 to i64
  %row41 = add i64 %20, %247
  %248 = mul i64 %row41, 2048
  %249 = getelementptr i8, ptr %19, i64 %248
  %250 = sext i32 %vpack40 to i64
  %251 = mul i64 %250, 1024
  %252 = getelementptr i32, ptr %vbuf, i64 %251
  br label %chunk42

exit39:                                           ; preds = %vpack
  %253 = add i32 %nrows, 31
  %nblk = sdiv i32 %253, 32
  br label %rblock

chunk42:                                          ; preds = %body43, %body37
  %chunk46 = phi i64 [ 0, %body37 ], [ %263, %body43 ]
  %254 = icmp slt i64 %chunk46, 64
  br i1 %254, label %body43, label %exit45

body43:                                           ; preds = %chunk42
  %255 = mul i64 %chunk46, 16
  %256 = mul i64 %255, 4
  %257 = mul i64 %255, 2
  %258 = getelementptr i8, ptr %249, i64 %257
  %259 = load <16 x i16>, ptr %258, align 2
  %260 = zext <16 x i16> %259 to <16 x i32>
  %261 = shl <16 x i32> %260, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %bf1647 = bitcast <16 x i32> %261 to <16 x float>
  %262 = getelementptr i8, ptr %252, i64 %256
  store <16 x float> %bf1647, ptr %262, align 64
  %263 = add nsw i64 %chunk46, 1
  br label %chunk42

exit45:                                           ; preds = %chunk42
  %264 = add nsw i32 %vpack40, 1
  br label %vpack

rblock:                                           ; preds = %join, %exit39
  %rblock51 = phi i32 [ 0, %exit39 ], [ %289, %join ]
  %265 = icmp slt i32 %rblock51, %nblk
  br i1 %265, label %body48, label %exit50

body48:                                           ; preds = %rblock
  %266 = sext i32 %rblock51 to i64
  %267 = mul i32 %rblock51, 32
  %268 = add i32 %267, 31
  %269 = call i32 @llvm.smin.i32(i32 %268, i32 %207)
  %270 = sdiv i32 %269, %nh
  %271 = add i32 %q_begin, %270
  %272 = add i32 %q_pos0, %271
  %273 = add i32 %272, 1
  %274 = call i32 @llvm.smin.i32(i32 %273, i32 %k_end)
  %275 = sub i32 %274, %ktile26
  %276 = call i32 @llvm.smin.i32(i32 %215, i32 %275)
  %277 = icmp sgt i32 %276, 0
  br i1 %277, label %rvisit, label %join

exit50:                                           ; preds = %rblock
  %278 = add nsw i32 %ktile26, 12
  br label %ktile

rvisit:                                           ; preds = %body48
  %279 = mul i64 %266, 32768
  %280 = getelementptr i32, ptr %qt, i64 %279
  %281 = getelementptr i32, ptr %ot, i64 %279
  %282 = mul i64 %266, 2
  %283 = getelementptr <16 x float>, ptr %mv, i64 %282
  %284 = getelementptr <16 x float>, ptr %lv, i64 %282
  %285 = mul i64 %266, 32
  %286 = getelementptr i32, ptr %lims, i64 %285
  %limv = load <16 x i32>, ptr %286, align 64
  %287 = add i64 %285, 16
  %288 = getelementptr i32, ptr %lims, i64 %287
  %limv52 = load <16 x i32>, ptr %288, align 64
  br label %sblock

join:                                             ; preds = %pvblock, %body48
  %289 = add nsw i32 %rblock51, 1
  br label %rblock

sblock:                                           ; preds = %exit59, %rvisit
  %sblock56 = phi i32 [ 0, %rvisit ], [ %373, %exit59 ]
  %290 = icmp slt i32 %sblock56, %276
  br i1 %290, label %body53, label %smask

body53:                                           ; preds = %sblock
  %291 = sext i32 %sblock56 to i64
  %292 = mul i64 %291, 1024
  %293 = getelementptr i32, ptr %kbuf, i64 %292
  br label %sdim

sdim:                                             ; preds = %body57, %body53
  %sacc.sroa.92.0 = phi <16 x float> [ zeroinitializer, %body53 ], [ %346, %body57 ]
  %sacc.sroa.88.0 = phi <16 x float> [ zeroinitializer, %body53 ], [ %345, %body57 ]
  %sacc.sroa.84.0 = phi <16 x float> [ zeroinitializer, %body53 ], [ %342, %body57 ]
  %sacc.sroa.80.0 = phi <16 x float> [ zeroinitializer, %body53 ], [ %341, %body57 ]
  %sacc.sroa.76.0 = phi <16 x float> [ zeroinitializer, %body53 ], [ %338, %body57 ]
  %sacc.sroa.72.0 = phi <16 x float> [ zeroinitializer, %body53 ], [ %337, %body57 ]
  %sacc.sroa.68.0 = phi <16 x float> [ zeroinitializer, %body53 ], [ %334, %body57 ]
  %sacc.sroa.64.0 = phi <16 x float> [ zeroinitializer, %body53 ], [ %333, %body57 ]
  %sacc.sroa.60.0 = phi <16 x float> [ zeroinitializer, %body53 ], [ %330, %body57 ]
  %sacc.sroa.56.0 = phi <16 x float> [ zeroinitializer, %body53 ], [ %329, %body57 ]
  %sacc.sroa.52.0 = phi <16 x float> [ zeroinitializer, %body53 ], [ %326, %body57 ]
  %sacc.sroa.48.0 = phi <16 x float> [ zeroinitializer, %body53 ], [ %325, %body57 ]
  %sacc.sroa.44.0 = phi <16 x float> [ zeroinitializer, %body53 ], [ %322, %body57 ]
  %sacc.sroa.40.0 = phi <16 x float> [ zeroinitializer, %body53 ], [ %321, %body57 ]
  %sacc.sroa.36.0 = phi <16 x float> [ zeroinitializer, %body53 ], [ %318, %body57 ]
  %sacc.sroa.32.0 = phi <16 x float> [ zeroinitializer, %body53 ], [ %317, %body57 ]
  %sacc.sroa.28.0 = phi <16 x float> [ zeroinitializer, %body53 ], [ %314, %body57 ]
  %sacc.sroa.24.0 = phi <16 x float> [ zeroinitializer, %body53 ], [ %313, %body57 ]
  %sacc.sroa.20.0 = phi <16 x float> [ zeroinitializer, %body53 ], [ %310, %body57 ]
  %sacc.sroa.16.0 = phi <16 x float> [ zeroinitializer, %body53 ], [ %309, %body57 ]
  %sacc.sroa.12.0 = phi <16 x float> [ zeroinitializer, %body53 ], [ %306, %body57 ]
  %sacc.sroa.8.0 = phi <16 x float> [ zeroinitializer, %body53 ], [ %305, %body57 ]
  %sacc.sroa.4.0 = phi <16 x float> [ zeroinitializer, %body53 ], [ %302, %body57 ]
  %sacc.sroa.0.0 = phi <16 x float> [ zeroinitializer, %body53 ], [ %301, %body57 ]
  %sdim60 = phi i32 [ 0, %body53 ], [ %347, %body57 ]
  %294 = icmp slt i32 %sdim60, 1024
  br i1 %294, label %body57, label %exit59

body57:                                           ; preds = %sdim
  %295 = sext i32 %sdim60 to i64
  %296 = mul i64 %295, 32
  %297 = getelementptr i32, ptr %280, i64 %296
  %qt61 = load <16 x float>, ptr %297, align 64
  %298 = getelementptr i32, ptr %297, i64 16
  %qt62 = load <16 x float>, ptr %298, align 64
  %299 = getelementptr i32, ptr %293, i64 %295
  %k = load float, ptr %299, align 4
  %300 = insertelement <16 x float> poison, float %k, i32 0
  %splat63 = shufflevector <16 x float> %300, <16 x float> poison, <16 x i32> zeroinitializer
  %301 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt61, <16 x float> %splat63, <16 x float> %sacc.sroa.0.0)
  %302 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt62, <16 x float> %splat63, <16 x float> %sacc.sroa.4.0)
  %303 = getelementptr i32, ptr %299, i64 1024
  %k64 = load float, ptr %303, align 4
  %304 = insertelement <16 x float> poison, float %k64, i32 0
  %splat65 = shufflevector <16 x float> %304, <16 x float> poison, <16 x i32> zeroinitializer
  %305 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt61, <16 x float> %splat65, <16 x float> %sacc.sroa.8.0)
  %306 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt62, <16 x float> %splat65, <16 x float> %sacc.sroa.12.0)
  %307 = getelementptr i32, ptr %299, i64 2048
  %k66 = load float, ptr %307, align 4
  %308 = insertelement <16 x float> poison, float %k66, i32 0
  %splat67 = shufflevector <16 x float> %308, <16 x float> poison, <16 x i32> zeroinitializer
  %309 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt61, <16 x float> %splat67, <16 x float> %sacc.sroa.16.0)
  %310 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt62, <16 x float> %splat67, <16 x float> %sacc.sroa.20.0)
  %311 = getelementptr i32, ptr %299, i64 3072
  %k68 = load float, ptr %311, align 4
  %312 = insertelement <16 x float> poison, float %k68, i32 0
  %splat69 = shufflevector <16 x float> %312, <16 x float> poison, <16 x i32> zeroinitializer
  %313 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt61, <16 x float> %splat69, <16 x float> %sacc.sroa.24.0)
  %314 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt62, <16 x float> %splat69, <16 x float> %sacc.sroa.28.0)
  %315 = getelementptr i32, ptr %299, i64 4096
  %k70 = load float, ptr %315, align 4
  %316 = insertelement <16 x float> poison, float %k70, i32 0
  %splat71 = shufflevector <16 x float> %316, <16 x float> poison, <16 x i32> zeroinitializer
  %317 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt61, <16 x float> %splat71, <16 x float> %sacc.sroa.32.0)
  %318 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt62, <16 x float> %splat71, <16 x float> %sacc.sroa.36.0)
  %319 = getelementptr i32, ptr %299, i64 5120
  %k72 = load float, ptr %319, align 4
  %320 = insertelement <16 x float> poison, float %k72, i32 0
  %splat73 = shufflevector <16 x float> %320, <16 x float> poison, <16 x i32> zeroinitializer
  %321 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt61, <16 x float> %splat73, <16 x float> %sacc.sroa.40.0)
  %322 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt62, <16 x float> %splat73, <16 x float> %sacc.sroa.44.0)
  %323 = getelementptr i32, ptr %299, i64 6144
  %k74 = load float, ptr %323, align 4
  %324 = insertelement <16 x float> poison, float %k74, i32 0
  %splat75 = shufflevector <16 x float> %324, <16 x float> poison, <16 x i32> zeroinitializer
  %325 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt61, <16 x float> %splat75, <16 x float> %sacc.sroa.48.0)
  %326 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt62, <16 x float> %splat75, <16 x float> %sacc.sroa.52.0)
  %327 = getelementptr i32, ptr %299, i64 7168
  %k76 = load float, ptr %327, align 4
  %328 = insertelement <16 x float> poison, float %k76, i32 0
  %splat77 = shufflevector <16 x float> %328, <16 x float> poison, <16 x i32> zeroinitializer
  %329 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt61, <16 x float> %splat77, <16 x float> %sacc.sroa.56.0)
  %330 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt62, <16 x float> %splat77, <16 x float> %sacc.sroa.60.0)
  %331 = getelementptr i32, ptr %299, i64 8192
  %k78 = load float, ptr %331, align 4
  %332 = insertelement <16 x float> poison, float %k78, i32 0
  %splat79 = shufflevector <16 x float> %332, <16 x float> poison, <16 x i32> zeroinitializer
  %333 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt61, <16 x float> %splat79, <16 x float> %sacc.sroa.64.0)
  %334 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt62, <16 x float> %splat79, <16 x float> %sacc.sroa.68.0)
  %335 = getelementptr i32, ptr %299, i64 9216
  %k80 = load float, ptr %335, align 4
  %336 = insertelement <16 x float> poison, float %k80, i32 0
  %splat81 = shufflevector <16 x float> %336, <16 x float> poison, <16 x i32> zeroinitializer
  %337 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt61, <16 x float> %splat81, <16 x float> %sacc.sroa.72.0)
  %338 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt62, <16 x float> %splat81, <16 x float> %sacc.sroa.76.0)
  %339 = getelementptr i32, ptr %299, i64 10240
  %k82 = load float, ptr %339, align 4
  %340 = insertelement <16 x float> poison, float %k82, i32 0
  %splat83 = shufflevector <16 x float> %340, <16 x float> poison, <16 x i32> zeroinitializer
  %341 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt61, <16 x float> %splat83, <16 x float> %sacc.sroa.80.0)
  %342 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt62, <16 x float> %splat83, <16 x float> %sacc.sroa.84.0)
  %343 = getelementptr i32, ptr %299, i64 11264
  %k84 = load float, ptr %343, align 4
  %344 = insertelement <16 x float> poison, float %k84, i32 0
  %splat85 = shufflevector <16 x float> %344, <16 x float> poison, <16 x i32> zeroinitializer
  %345 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt61, <16 x float> %splat85, <16 x float> %sacc.sroa.88.0)
  %346 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt62, <16 x float> %splat85, <16 x float> %sacc.sroa.92.0)
  %347 = add nsw i32 %sdim60, 1
  br label %sdim

exit59:                                           ; preds = %sdim
  %348 = mul i64 %291, 32
  %349 = getelementptr i32, ptr %st, i64 %348
  store <16 x float> %sacc.sroa.0.0, ptr %349, align 64
  %350 = getelementptr i32, ptr %349, i64 16
  store <16 x float> %sacc.sroa.4.0, ptr %350, align 64
  %351 = getelementptr i32, ptr %349, i64 32
  store <16 x float> %sacc.sroa.8.0, ptr %351, align 64
  %352 = getelementptr i32, ptr %349, i64 48
  store <16 x float> %sacc.sroa.12.0, ptr %352, align 64
  %353 = getelementptr i32, ptr %349, i64 64
  store <16 x float> %sacc.sroa.16.0, ptr %353, align 64
  %354 = getelementptr i32, ptr %349, i64 80
  store <16 x float> %sacc.sroa.20.0, ptr %354, align 64
  %355 = getelementptr i32, ptr %349, i64 96
  store <16 x float> %sacc.sroa.24.0, ptr %355, align 64
  %356 = getelementptr i32, ptr %349, i64 112
  store <16 x float> %sacc.sroa.28.0, ptr %356, align 64
  %357 = getelementptr i32, ptr %349, i64 128
  store <16 x float> %sacc.sroa.32.0, ptr %357, align 64
  %358 = getelementptr i32, ptr %349, i64 144
  store <16 x float> %sacc.sroa.36.0, ptr %358, align 64
  %359 = getelementptr i32, ptr %349, i64 160
  store <16 x float> %sacc.sroa.40.0, ptr %359, align 64
  %360 = getelementptr i32, ptr %349, i64 176
  store <16 x float> %sacc.sroa.44.0, ptr %360, align 64
  %361 = getelementptr i32, ptr %349, i64 192
  store <16 x float> %sacc.sroa.48.0, ptr %361, align 64
  %362 = getelementptr i32, ptr %349, i64 208
  store <16 x float> %sacc.sroa.52.0, ptr %362, align 64
  %363 = getelementptr i32, ptr %349, i64 224
  store <16 x float> %sacc.sroa.56.0, ptr %363, align 64
  %364 = getelementptr i32, ptr %349, i64 240
  store <16 x float> %sacc.sroa.60.0, ptr %364, align 64
  %365 = getelementptr i32, ptr %349, i64 256
  store <16 x float> %sacc.sroa.64.0, ptr %365, align 64
  %366 = getelementptr i32, ptr %349, i64 272
  store <16 x float> %sacc.sroa.68.0, ptr %366, align 64
  %367 = getelementptr i32, ptr %349, i64 288
  store <16 x float> %sacc.sroa.72.0, ptr %367, align 64
  %368 = getelementptr i32, ptr %349, i64 304
  store <16 x float> %sacc.sroa.76.0, ptr %368, align 64
  %369 = getelementptr i32, ptr %349, i64 320
  store <16 x float> %sacc.sroa.80.0, ptr %369, align 64
  %370 = getelementptr i32, ptr %349, i64 336
  store <16 x float> %sacc.sroa.84.0, ptr %370, align 64
  %371 = getelementptr i32, ptr %349, i64 352
  store <16 x float> %sacc.sroa.88.0, ptr %371, align 64
  %372 = getelementptr i32, ptr %349, i64 368
  store <16 x float> %sacc.sroa.92.0, ptr %372, align 64
  %373 = add nsw i32 %sblock56, 12
  br label %sblock

smask:                                            ; preds = %sblock, %body86
  %tmax.sroa.4.0 = phi <16 x float> [ %387, %body86 ], [ <float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000>, %sblock ]
  %tmax.sroa.0.0 = phi <16 x float> [ %382, %body86 ], [ <float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000>, %sblock ]
  %smask89 = phi i32 [ %388, %body86 ], [ 0, %sblock ]
  %374 = icmp slt i32 %smask89, %276
  br i1 %374, label %body86, label %exit88

body86:                                           ; preds = %smask
  %375 = add i32 %ktile26, %smask89
  %376 = insertelement <16 x i32> poison, i32 %375, i32 0
  %splat90 = shufflevector <16 x i32> %376, <16 x i32> poison, <16 x i32> zeroinitializer
  %377 = sext i32 %smask89 to i64
  %378 = mul i64 %377, 32
  %379 = getelementptr i32, ptr %st, i64 %378
  %s = load <16 x float>, ptr %379, align 64
  %380 = icmp slt <16 x i32> %splat90, %limv
  %381 = select <16 x i1> %380, <16 x float> %s, <16 x float> <float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000>
  store <16 x float> %381, ptr %379, align 64
  %382 = call <16 x float> @llvm.maxnum.v16f32(<16 x float> %tmax.sroa.0.0, <16 x float> %381)
  %383 = add i64 %378, 16
  %384 = getelementptr i32, ptr %st, i64 %383
  %s91 = load <16 x float>, ptr %384, align 64
  %385 = icmp slt <16 x i32> %splat90, %limv52
  %386 = select <16 x i1> %385, <16 x float> %s91, <16 x float> <float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000>
  store <16 x float> %386, ptr %384, align 64
  %387 = call <16 x float> @llvm.maxnum.v16f32(<16 x float> %tmax.sroa.4.0, <16 x float> %386)
  %388 = add nsw i32 %smask89, 1
  br label %smask

exit88:                                           ; preds = %smask
  %m = load <16 x float>, ptr %283, align 64
  %389 = call <16 x float> @llvm.maxnum.v16f32(<16 x float> %m, <16 x float> %tmax.sroa.0.0)
  %390 = fcmp oeq <16 x float> %389, <float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000>
  %muse92 = select <16 x i1> %390, <16 x float> zeroinitializer, <16 x float> %389
  %391 = fsub <16 x float> %m, %muse92
  %392 = call <16 x float> @llvm.maxnum.v16f32(<16 x float> %391, <16 x float> <float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02>)
  %393 = call <16 x float> @llvm.minnum.v16f32(<16 x float> %392, <16 x float> <float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02>)
  %394 = fadd <16 x float> %393, <float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000>
  %n = fsub <16 x float> %394, <float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000>
  %f = fsub <16 x float> %393, %n
  %395 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> <float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000>, <16 x float> %f, <16 x float> <float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000>)
  %396 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %395, <16 x float> %f, <16 x float> <float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000>)
  %397 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %396, <16 x float> %f, <16 x float> <float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000>)
  %398 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %397, <16 x float> %f, <16 x float> <float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000>)
  %399 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %398, <16 x float> %f, <16 x float> <float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000>)
  %400 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %399, <16 x float> %f, <16 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>)
  %401 = fptosi <16 x float> %n to <16 x i32>
  %402 = add <16 x i32> %401, <i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127>
  %403 = shl <16 x i32> %402, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %404 = bitcast <16 x i32> %403 to <16 x float>
  %exp2 = fmul <16 x float> %400, %404
  store <16 x float> %389, ptr %283, align 64
  %405 = getelementptr <16 x float>, ptr %283, i64 1
  %m93 = load <16 x float>, ptr %405, align 64
  %406 = call <16 x float> @llvm.maxnum.v16f32(<16 x float> %m93, <16 x float> %tmax.sroa.4.0)
  %407 = fcmp oeq <16 x float> %406, <float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000>
  %muse94 = select <16 x i1> %407, <16 x float> zeroinitializer, <16 x float> %406
  %408 = fsub <16 x float> %m93, %muse94
  %409 = call <16 x float> @llvm.maxnum.v16f32(<16 x float> %408, <16 x float> <float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02>)
  %410 = call <16 x float> @llvm.minnum.v16f32(<16 x float> %409, <16 x float> <float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02>)
  %411 = fadd <16 x float> %410, <float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000>
  %n95 = fsub <16 x float> %411, <float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000>
  %f96 = fsub <16 x float> %410, %n95
  %412 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> <float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000>, <16 x float> %f96, <16 x float> <float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000>)
  %413 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %412, <16 x float> %f96, <16 x float> <float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000>)
  %414 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %413, <16 x float> %f96, <16 x float> <float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000>)
  %415 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %414, <16 x float> %f96, <16 x float> <float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000>)
  %416 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %415, <16 x float> %f96, <16 x float> <float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000>)
  %417 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %416, <16 x float> %f96, <16 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>)
  %418 = fptosi <16 x float> %n95 to <16 x i32>
  %419 = add <16 x i32> %418, <i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127>
  %420 = shl <16 x i32> %419, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %421 = bitcast <16 x i32> %420 to <16 x float>
  %exp297 = fmul <16 x float> %417, %421
  store <16 x float> %406, ptr %405, align 64
  br label %sexp

sexp:                                             ; preds = %body98, %exit88
  %lsum.sroa.4.0 = phi <16 x float> [ zeroinitializer, %exit88 ], [ %459, %body98 ]
  %lsum.sroa.0.0 = phi <16 x float> [ zeroinitializer, %exit88 ], [ %441, %body98 ]
  %sexp101 = phi i32 [ 0, %exit88 ], [ %460, %body98 ]
  %422 = icmp slt i32 %sexp101, %276
  br i1 %422, label %body98, label %exit100

body98:                                           ; preds = %sexp
  %423 = sext i32 %sexp101 to i64
  %424 = mul i64 %423, 32
  %425 = getelementptr i32, ptr %st, i64 %424
  %426 = load <16 x float>, ptr %425, align 64
  %427 = fsub <16 x float> %426, %muse92
  %428 = call <16 x float> @llvm.maxnum.v16f32(<16 x float> %427, <16 x float> <float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02>)
  %429 = call <16 x float> @llvm.minnum.v16f32(<16 x float> %428, <16 x float> <float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02>)
  %430 = fadd <16 x float> %429, <float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000>
  %n102 = fsub <16 x float> %430, <float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000>
  %f103 = fsub <16 x float> %429, %n102
  %431 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> <float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000>, <16 x float> %f103, <16 x float> <float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000>)
  %432 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %431, <16 x float> %f103, <16 x float> <float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000>)
  %433 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %432, <16 x float> %f103, <16 x float> <float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000>)
  %434 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %433, <16 x float> %f103, <16 x float> <float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000>)
  %435 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %434, <16 x float> %f103, <16 x float> <float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000>)
  %436 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %435, <16 x float> %f103, <16 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>)
  %437 = fptosi <16 x float> %n102 to <16 x i32>
  %438 = add <16 x i32> %437, <i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127>
  %439 = shl <16 x i32> %438, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %440 = bitcast <16 x i32> %439 to <16 x float>
  %exp2104 = fmul <16 x float> %436, %440
  store <16 x float> %exp2104, ptr %425, align 64
  %441 = fadd <16 x float> %lsum.sroa.0.0, %exp2104
  %442 = add i64 %424, 16
  %443 = getelementptr i32, ptr %st, i64 %442
  %444 = load <16 x float>, ptr %443, align 64
  %445 = fsub <16 x float> %444, %muse94
  %446 = call <16 x float> @llvm.maxnum.v16f32(<16 x float> %445, <16 x float> <float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02>)
  %447 = call <16 x float> @llvm.minnum.v16f32(<16 x float> %446, <16 x float> <float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02>)
  %448 = fadd <16 x float> %447, <float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000>
  %n105 = fsub <16 x float> %448, <float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000>
  %f106 = fsub <16 x float> %447, %n105
  %449 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> <float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000>, <16 x float> %f106, <16 x float> <float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000>)
  %450 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %449, <16 x float> %f106, <16 x float> <float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000>)
  %451 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %450, <16 x float> %f106, <16 x float> <float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000>)
  %452 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %451, <16 x float> %f106, <16 x float> <float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000>)
  %453 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %452, <16 x float> %f106, <16 x float> <float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000>)
  %454 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %453, <16 x float> %f106, <16 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>)
  %455 = fptosi <16 x float> %n105 to <16 x i32>
  %456 = add <16 x i32> %455, <i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127>
  %457 = shl <16 x i32> %456, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %458 = bitcast <16 x i32> %457 to <16 x float>
  %exp2107 = fmul <16 x float> %454, %458
  store <16 x float> %exp2107, ptr %443, align 64
  %459 = fadd <16 x float> %lsum.sroa.4.0, %exp2107
  %460 = add nsw i32 %sexp101, 1
  br label %sexp

exit100:                                          ; preds = %sexp
  %461 = load <16 x float>, ptr %284, align 64
  %462 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %461, <16 x float> %exp2, <16 x float> %lsum.sroa.0.0)
  store <16 x float> %462, ptr %284, align 64
  %463 = getelementptr <16 x float>, ptr %284, i64 1
  %464 = load <16 x float>, ptr %463, align 64
  %465 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %464, <16 x float> %exp297, <16 x float> %lsum.sroa.4.0)
  store <16 x float> %465, ptr %463, align 64
  br label %pvblock

pvblock:                                          ; preds = %exit114, %exit100
  %pvblock111 = phi i32 [ 0, %exit100 ], [ %559, %exit114 ]
  %466 = icmp slt i32 %pvblock111, 128
  br i1 %466, label %body108, label %join

body108:                                          ; preds = %pvblock
  %467 = mul i32 %pvblock111, 8
  %468 = sext i32 %467 to i64
  %469 = mul i64 %468, 32
  %470 = getelementptr i32, ptr %281, i64 %469
  %471 = load <16 x float>, ptr %470, align 64
  %472 = fmul <16 x float> %471, %exp2
  %473 = getelementptr i32, ptr %470, i64 16
  %474 = load <16 x float>, ptr %473, align 64
  %475 = fmul <16 x float> %474, %exp297
  %476 = getelementptr i32, ptr %470, i64 32
  %477 = load <16 x float>, ptr %476, align 64
  %478 = fmul <16 x float> %477, %exp2
  %479 = getelementptr i32, ptr %470, i64 48
  %480 = load <16 x float>, ptr %479, align 64
  %481 = fmul <16 x float> %480, %exp297
  %482 = getelementptr i32, ptr %470, i64 64
  %483 = load <16 x float>, ptr %482, align 64
  %484 = fmul <16 x float> %483, %exp2
  %485 = getelementptr i32, ptr %470, i64 80
  %486 = load <16 x float>, ptr %485, align 64
  %487 = fmul <16 x float> %486, %exp297
  %488 = getelementptr i32, ptr %470, i64 96
  %489 = load <16 x float>, ptr %488, align 64
  %490 = fmul <16 x float> %489, %exp2
  %491 = getelementptr i32, ptr %470, i64 112
  %492 = load <16 x float>, ptr %491, align 64
  %493 = fmul <16 x float> %492, %exp297
  %494 = getelementptr i32, ptr %470, i64 128
  %495 = load <16 x float>, ptr %494, align 64
  %496 = fmul <16 x float> %495, %exp2
  %497 = getelementptr i32, ptr %470, i64 144
  %498 = load <16 x float>, ptr %497, align 64
  %499 = fmul <16 x float> %498, %exp297
  %500 = getelementptr i32, ptr %470, i64 160
  %501 = load <16 x float>, ptr %500, align 64
  %502 = fmul <16 x float> %501, %exp2
  %503 = getelementptr i32, ptr %470, i64 176
  %504 = load <16 x float>, ptr %503, align 64
  %505 = fmul <16 x float> %504, %exp297
  %506 = getelementptr i32, ptr %470, i64 192
  %507 = load <16 x float>, ptr %506, align 64
  %508 = fmul <16 x float> %507, %exp2
  %509 = getelementptr i32, ptr %470, i64 208
  %510 = load <16 x float>, ptr %509, align 64
  %511 = fmul <16 x float> %510, %exp297
  %512 = getelementptr i32, ptr %470, i64 224
  %513 = load <16 x float>, ptr %512, align 64
  %514 = fmul <16 x float> %513, %exp2
  %515 = getelementptr i32, ptr %470, i64 240
  %516 = load <16 x float>, ptr %515, align 64
  %517 = fmul <16 x float> %516, %exp297
  br label %kpv

kpv:                                              ; preds = %body112, %body108
  %o.sroa.44.0 = phi <16 x float> [ %505, %body108 ], [ %549, %body112 ]
  %o.sroa.40.0 = phi <16 x float> [ %502, %body108 ], [ %548, %body112 ]
  %o.sroa.36.0 = phi <16 x float> [ %499, %body108 ], [ %545, %body112 ]
  %o.sroa.32.0 = phi <16 x float> [ %496, %body108 ], [ %544, %body112 ]
  %o.sroa.28.0 = phi <16 x float> [ %493, %body108 ], [ %541, %body112 ]
  %o.sroa.24.0 = phi <16 x float> [ %490, %body108 ], [ %540, %body112 ]
  %o.sroa.20.0 = phi <16 x float> [ %487, %body108 ], [ %537, %body112 ]
  %o.sroa.16.0 = phi <16 x float> [ %484, %body108 ], [ %536, %body112 ]
  %o.sroa.12.0 = phi <16 x float> [ %481, %body108 ], [ %533, %body112 ]
  %o.sroa.8.0 = phi <16 x float> [ %478, %body108 ], [ %532, %body112 ]
  %o.sroa.4.0 = phi <16 x float> [ %475, %body108 ], [ %529, %body112 ]
  %o.sroa.0.0 = phi <16 x float> [ %472, %body108 ], [ %528, %body112 ]
  %o.sroa.48.0 = phi <16 x float> [ %508, %body108 ], [ %552, %body112 ]
  %o.sroa.52.0 = phi <16 x float> [ %511, %body108 ], [ %553, %body112 ]
  %o.sroa.56.0 = phi <16 x float> [ %514, %body108 ], [ %556, %body112 ]
  %o.sroa.60.0 = phi <16 x float> [ %517, %body108 ], [ %557, %body112 ]
  %kpv115 = phi i32 [ 0, %body108 ], [ %558, %body112 ]
  %518 = icmp slt i32 %kpv115, %276
  br i1 %518, label %body112, label %exit114

body112:                                          ; preds = %kpv
  %519 = sext i32 %kpv115 to i64
  %520 = mul i64 %519, 32
  %521 = getelementptr i32, ptr %st, i64 %520
  %p = load <16 x float>, ptr %521, align 64
  %522 = add i64 %520, 16
  %523 = getelementptr i32, ptr %st, i64 %522
  %p116 = load <16 x float>, ptr %523, align 64
  %524 = mul i64 %519, 4096
  %525 = getelementptr i8, ptr %vbuf, i64 %524
  %526 = getelementptr i32, ptr %525, i64 %468
  %v = load float, ptr %526, align 4
  %527 = insertelement <16 x float> poison, float %v, i32 0
  %splat117 = shufflevector <16 x float> %527, <16 x float> poison, <16 x i32> zeroinitializer
  %528 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p, <16 x float> %splat117, <16 x float> %o.sroa.0.0)
  %529 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p116, <16 x float> %splat117, <16 x float> %o.sroa.4.0)
  %530 = getelementptr i32, ptr %526, i64 1
  %v118 = load float, ptr %530, align 4
  %531 = insertelement <16 x float> poison, float %v118, i32 0
  %splat119 = shufflevector <16 x float> %531, <16 x float> poison, <16 x i32> zeroinitializer
  %532 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p, <16 x float> %splat119, <16 x float> %o.sroa.8.0)
  %533 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p116, <16 x float> %splat119, <16 x float> %o.sroa.12.0)
  %534 = getelementptr i32, ptr %526, i64 2
  %v120 = load float, ptr %534, align 4
  %535 = insertelement <16 x float> poison, float %v120, i32 0
  %splat121 = shufflevector <16 x float> %535, <16 x float> poison, <16 x i32> zeroinitializer
  %536 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p, <16 x float> %splat121, <16 x float> %o.sroa.16.0)
  %537 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p116, <16 x float> %splat121, <16 x float> %o.sroa.20.0)
  %538 = getelementptr i32, ptr %526, i64 3
  %v122 = load float, ptr %538, align 4
  %539 = insertelement <16 x float> poison, float %v122, i32 0
  %splat123 = shufflevector <16 x float> %539, <16 x float> poison, <16 x i32> zeroinitializer
  %540 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p, <16 x float> %splat123, <16 x float> %o.sroa.24.0)
  %541 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p116, <16 x float> %splat123, <16 x float> %o.sroa.28.0)
  %542 = getelementptr i32, ptr %526, i64 4
  %v124 = load float, ptr %542, align 4
  %543 = insertelement <16 x float> poison, float %v124, i32 0
  %splat125 = shufflevector <16 x float> %543, <16 x float> poison, <16 x i32> zeroinitializer
  %544 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p, <16 x float> %splat125, <16 x float> %o.sroa.32.0)
  %545 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p116, <16 x float> %splat125, <16 x float> %o.sroa.36.0)
  %546 = getelementptr i32, ptr %526, i64 5
  %v126 = load float, ptr %546, align 4
  %547 = insertelement <16 x float> poison, float %v126, i32 0
  %splat127 = shufflevector <16 x float> %547, <16 x float> poison, <16 x i32> zeroinitializer
  %548 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p, <16 x float> %splat127, <16 x float> %o.sroa.40.0)
  %549 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p116, <16 x float> %splat127, <16 x float> %o.sroa.44.0)
  %550 = getelementptr i32, ptr %526, i64 6
  %v128 = load float, ptr %550, align 4
  %551 = insertelement <16 x float> poison, float %v128, i32 0
  %splat129 = shufflevector <16 x float> %551, <16 x float> poison, <16 x i32> zeroinitializer
  %552 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p, <16 x float> %splat129, <16 x float> %o.sroa.48.0)
  %553 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p116, <16 x float> %splat129, <16 x float> %o.sroa.52.0)
  %554 = getelementptr i32, ptr %526, i64 7
  %v130 = load float, ptr %554, align 4
  %555 = insertelement <16 x float> poison, float %v130, i32 0
  %splat131 = shufflevector <16 x float> %555, <16 x float> poison, <16 x i32> zeroinitializer
  %556 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p, <16 x float> %splat131, <16 x float> %o.sroa.56.0)
  %557 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p116, <16 x float> %splat131, <16 x float> %o.sroa.60.0)
  %558 = add nsw i32 %kpv115, 1
  br label %kpv

exit114:                                          ; preds = %kpv
  store <16 x float> %o.sroa.0.0, ptr %470, align 64
  store <16 x float> %o.sroa.4.0, ptr %473, align 64
  store <16 x float> %o.sroa.8.0, ptr %476, align 64
  store <16 x float> %o.sroa.12.0, ptr %479, align 64
  store <16 x float> %o.sroa.16.0, ptr %482, align 64
  store <16 x float> %o.sroa.20.0, ptr %485, align 64
  store <16 x float> %o.sroa.24.0, ptr %488, align 64
  store <16 x float> %o.sroa.28.0, ptr %491, align 64
  store <16 x float> %o.sroa.32.0, ptr %494, align 64
  store <16 x float> %o.sroa.36.0, ptr %497, align 64
  store <16 x float> %o.sroa.40.0, ptr %500, align 64
  store <16 x float> %o.sroa.44.0, ptr %503, align 64
  store <16 x float> %o.sroa.48.0, ptr %506, align 64
  store <16 x float> %o.sroa.52.0, ptr %509, align 64
  store <16 x float> %o.sroa.56.0, ptr %512, align 64
  store <16 x float> %o.sroa.60.0, ptr %515, align 64
  %559 = add nsw i32 %pvblock111, 1
  br label %pvblock

orow132:                                          ; preds = %written, %exit25
  %orow136 = phi i32 [ 0, %exit25 ], [ %593, %written ]
  %560 = icmp slt i32 %orow136, %nrows
  br i1 %560, label %body133, label %done

body133:                                          ; preds = %orow132
  %561 = sext i32 %orow136 to i64
  %562 = getelementptr float, ptr %ms, i64 %561
  %m137 = load float, ptr %562, align 4
  %563 = getelementptr float, ptr %ls, i64 %561
  %l = load float, ptr %563, align 4
  %564 = sdiv i32 %orow136, 32
  %565 = srem i32 %orow136, 32
  %566 = sext i32 %564 to i64
  %567 = mul i64 %566, 32768
  %568 = getelementptr i32, ptr %ot, i64 %567
  br label %otrow

otrow:                                            ; preds = %body138, %body133
  %otrow141 = phi i32 [ 0, %body133 ], [ %577, %body138 ]
  %569 = icmp slt i32 %otrow141, 1024
  br i1 %569, label %body138, label %exit140

body138:                                          ; preds = %otrow
  %570 = sext i32 %565 to i64
  %571 = sext i32 %otrow141 to i64
  %572 = mul i64 %571, 32
  %573 = add i64 %572, %570
  %574 = getelementptr i32, ptr %568, i64 %573
  %575 = load float, ptr %574, align 4
  %576 = getelementptr i32, ptr %rowbuf, i64 %571
  store float %575, ptr %576, align 4
  %577 = add nsw i32 %otrow141, 1
  br label %otrow

exit140:                                          ; preds = %otrow
  %578 = icmp ne ptr %part, null
  br i1 %578, label %partial, label %final

partial:                                          ; preds = %exit140
  %579 = sext i32 %nrows to i64
  %580 = mul i64 %561, 1024
  %581 = getelementptr float, ptr %part, i64 %580
  br label %chunk142

final:                                            ; preds = %exit140
  %582 = sdiv i32 %orow136, %nh
  %qi147 = add i32 %q_begin, %582
  %583 = srem i32 %orow136, %nh
  %h148 = add i32 %h_begin, %583
  %584 = mul i32 %kv_head, 128
  %hq149 = add i32 %584, %h148
  %585 = sext i32 %qi147 to i64
  %586 = add i64 %q_row0, %585
  %587 = mul i64 %586, 128
  %588 = sext i32 %hq149 to i64
  %orow150 = add i64 %587, %588
  %589 = fcmp oeq float %l, 0.000000e+00
  %590 = fdiv float 1.000000e+00, %l
  %591 = select i1 %589, float 0.000000e+00, float %590
  %592 = insertelement <16 x float> poison, float %591, i32 0
  %splat151 = shufflevector <16 x float> %592, <16 x float> poison, <16 x i32> zeroinitializer
  br label %chunk152

written:                                          ; preds = %exit155, %exit145
  %593 = add nsw i32 %orow136, 1
  br label %orow132

chunk142:                                         ; preds = %body143, %partial
  %chunk146 = phi i64 [ 0, %partial ], [ %599, %body143 ]
  %594 = icmp slt i64 %chunk146, 64
  br i1 %594, label %body143, label %exit145

body143:                                          ; preds = %chunk142
  %595 = getelementptr <16 x float>, ptr %rowbuf, i64 %chunk146
  %596 = load <16 x float>, ptr %595, align 64
  %597 = mul i64 %chunk146, 64
  %598 = getelementptr i8, ptr %581, i64 %597
  store <16 x float> %596, ptr %598, align 4
  %599 = add nsw i64 %chunk146, 1
  br label %chunk142

exit145:                                          ; preds = %chunk142
  %600 = mul i64 %579, 1024
  %601 = add i64 %600, %561
  %602 = getelementptr float, ptr %part, i64 %601
  store float %m137, ptr %602, align 4
  %603 = add i64 %601, %579
  %604 = getelementptr float, ptr %part, i64 %603
  store float %l, ptr %604, align 4
  br label %written

chunk152:                                         ; preds = %body153, %final
  %chunk156 = phi i64 [ 0, %final ], [ %611, %body153 ]
  %605 = icmp slt i64 %chunk156, 64
  br i1 %605, label %body153, label %exit155

body153:                                          ; preds = %chunk152
  %606 = getelementptr <16 x float>, ptr %rowbuf, i64 %chunk156
  %607 = load <16 x float>, ptr %606, align 64
  %608 = fmul <16 x float> %607, %splat151
  %609 = mul i64 %chunk156, 64
  %610 = getelementptr i8, ptr %rowbuf, i64 %609
  store <16 x float> %608, ptr %610, align 4
  %611 = add nsw i64 %chunk156, 1
  br label %chunk152

exit155:                                          ; preds = %chunk152
  %u = select i1 %589, ptr null, ptr %rowbuf
  call void @xcache_t5_11b_project(ptr %0, ptr %u, i64 %orow150)
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

attributes #0 = { nounwind "target-cpu"="x86-64-v4" "target-features"="+avx512f,+evex512,+avx512bw,+avx512vl,+avx,+avx2,+fma,+f16c" }
attributes #1 = { nocallback nofree nosync nounwind speculatable willreturn memory(none) }
